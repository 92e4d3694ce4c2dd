namespace Omnidesk.Chat.Client.Testing;

/// <summary>The mutable state of one session; guarded by the <see cref="EmulatorState"/> lock.</summary>
internal sealed class SessionRecord(string chatSessionId, string chatServer, int ticketId, DateTimeOffset createdAt)
{
    public string ChatSessionId { get; } = chatSessionId;

    public string ChatServer { get; } = chatServer;

    public int TicketId { get; set; } = ticketId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public List<EmulatedChatMessage> Messages { get; } = [];

    public List<EmulatedChatEvent> Events { get; } = [];

    public List<EmulatedVisit> Visits { get; } = [];

    public List<EmulatedAttachment> Attachments { get; } = [];

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Gets or sets since when the current ticket waits for an agent: its start, or the message that reopened it.</summary>
    public DateTimeOffset WaitingSince { get; set; } = createdAt;

    /// <summary>Gets or sets when the agent first answered the current ticket (a delivered message or file).</summary>
    public DateTimeOffset? AgentRepliedAt { get; set; }

    /// <summary>Gets or sets when the agent ended the session, until the customer writes again.</summary>
    public DateTimeOffset? AgentEndedAt { get; set; }

    /// <summary>Gets whether the session waits in the queue: not ended by either side and not answered yet.</summary>
    public bool IsQueued => EndedAt is null && AgentEndedAt is null && AgentRepliedAt is null;

    public EmulatedChatSession ToSnapshot() => new()
    {
        ChatSessionId = ChatSessionId,
        ChatServer = ChatServer,
        TicketId = TicketId,
        CreatedAt = CreatedAt,
        Messages = [.. Messages],
        Events = [.. Events],
        Visits = [.. Visits],
        Attachments = [.. Attachments],
        Ended = EndedAt is not null,
        EndedAt = EndedAt,
    };
}
