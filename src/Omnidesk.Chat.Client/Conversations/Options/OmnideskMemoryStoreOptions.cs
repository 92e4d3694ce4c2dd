namespace Omnidesk.Chat.Client.Conversations;

/// <summary>The bounds of the in-memory conversation store (the default store), so memory cannot grow without limit.</summary>
public sealed class OmnideskMemoryStoreOptions
{
    /// <summary>How many conversations (open, starting or ended but kept) the store holds; a start beyond it throws <see cref="OmnideskStoreUnavailableException"/>.</summary>
    /// <value>Defaults to 10,000.</value>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>How many events each session's event log keeps; when full, the oldest is dropped and a reader that had not read it gets <see cref="ConversationEventsDropped"/>.</summary>
    /// <value>Defaults to 1,000.</value>
    public int MaxEventsPerConversation { get; set; } = 1_000;

    /// <summary>How many history entries each session keeps; when full, the oldest is dropped.</summary>
    /// <value>Defaults to 1,000.</value>
    public int MaxHistoryPerConversation { get; set; } = 1_000;

    /// <summary>How many bytes of agent files the store keeps in all; a new file that does not fit evicts the oldest ones, and a file larger than this is not kept.</summary>
    /// <value>Defaults to 64 MiB.</value>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;
}
