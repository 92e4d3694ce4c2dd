namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// One entry of a conversation's history or event log, flat so that any store can keep it as a row or a set of
/// fields. The history holds both sides; the event log holds what readers get.
/// </summary>
public sealed record ConversationEntry
{
    /// <summary>The entry's place in its log: 1, 2, 3… per session and log, assigned by the store on append (0 before).</summary>
    public long Sequence { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>What happened.</summary>
    public required ConversationEntryKind Kind { get; init; }

    /// <summary>The message or notice text, or the visited page's address.</summary>
    public string? Text { get; init; }

    /// <summary>The agent's name, on the agent's entries when sent.</summary>
    public string? AgentName { get; init; }

    /// <summary>The agent's picture address, on the agent's entries when sent.</summary>
    public string? AgentPicture { get; init; }

    /// <summary>The customer message's number (<c>messageNumber</c>).</summary>
    public int? MessageNumber { get; init; }

    /// <summary>The id the store keeps an agent file's content under.</summary>
    public string? FileId { get; init; }

    /// <summary>A file's name.</summary>
    public string? FileName { get; init; }

    /// <summary>A file's media type.</summary>
    public string? ContentType { get; init; }

    /// <summary>A file's length in bytes, when known.</summary>
    public long? FileLength { get; init; }

    /// <summary>Whether an agent file's content was kept (<see cref="AgentFile.IsContentKept"/>).</summary>
    public bool? IsContentKept { get; init; }

    /// <summary>Who ended the conversation, on <see cref="ConversationEntryKind.Ended"/>.</summary>
    public ConversationEndedBy? EndedBy { get; init; }

    /// <summary>What a notice is about, on <see cref="ConversationEntryKind.Notice"/>.</summary>
    public ConversationNoticeKind? NoticeKind { get; init; }
}
