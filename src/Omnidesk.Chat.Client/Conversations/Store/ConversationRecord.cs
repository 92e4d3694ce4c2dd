namespace Omnidesk.Chat.Client.Conversations;

/// <summary>A conversation's state as a store keeps it; changed only by compare-and-set on <see cref="Version"/>.</summary>
public sealed record ConversationRecord
{
    /// <summary>The chat session id.</summary>
    public required string SessionId { get; init; }

    /// <summary>Where the conversation is in its life.</summary>
    public required ConversationStatus Status { get; init; }

    /// <summary>The ticket Omnidesk opened for the session, once known.</summary>
    public long? TicketId { get; init; }

    /// <summary>When <see cref="IOmnideskConversations.StartAsync"/> began.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// When either side last wrote, on the store's clock once the conversation is open. Stores never move it backwards:
    /// <see cref="IOmnideskConversationStore.TouchAsync"/> and <see cref="IOmnideskConversationStore.TryUpdateAsync"/> keep
    /// the later of the stored and the new value.
    /// </summary>
    public required DateTimeOffset LastActivityAt { get; init; }

    /// <summary>When the idle warning was given, if it was, for the activity up to then.</summary>
    public DateTimeOffset? IdleWarnedAt { get; init; }

    /// <summary>When the conversation ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Who ended it.</summary>
    public ConversationEndedBy? EndedBy { get; init; }

    /// <summary>The customer's name as sent on the first message.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The store's version of this record: 1 when created, one more on each successful update.</summary>
    public long Version { get; init; }
}
