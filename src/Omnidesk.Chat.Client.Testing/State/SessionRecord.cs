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
