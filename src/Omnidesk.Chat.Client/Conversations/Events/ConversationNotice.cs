namespace Omnidesk.Chat.Client.Conversations;

/// <summary>A notice for the customer from the layer itself, such as the idle warning.</summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The event's place in the session's event log.</param>
/// <param name="Timestamp">When the notice was made.</param>
/// <param name="Kind">What the notice is about.</param>
/// <param name="Text">The text to show the customer.</param>
public sealed record ConversationNotice(string SessionId, long Sequence, DateTimeOffset Timestamp, ConversationNoticeKind Kind, string Text)
    : ConversationEvent(SessionId, Sequence, Timestamp);
