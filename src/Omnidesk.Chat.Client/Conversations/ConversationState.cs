namespace Omnidesk.Chat.Client.Conversations;

/// <summary>A conversation's state: open, or ended and by whom.</summary>
/// <param name="Status">Open, starting or ended.</param>
/// <param name="EndedBy">Who ended it; <see langword="null"/> while not ended.</param>
/// <param name="EndedAt">When it ended; <see langword="null"/> while not ended.</param>
public sealed record ConversationState(ConversationStatus Status, ConversationEndedBy? EndedBy, DateTimeOffset? EndedAt)
{
    /// <summary>Whether the conversation has ended.</summary>
    public bool IsEnded => Status == ConversationStatus.Ended;
}
