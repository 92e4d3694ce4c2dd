namespace Omnidesk.Chat.Client.Conversations;

/// <summary>The conversation ended; the last event a reader gets.</summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The event's place in the session's event log.</param>
/// <param name="Timestamp">When it ended.</param>
/// <param name="EndedBy">Who ended it.</param>
/// <param name="Text">For an idle timeout, the chat configuration's <c>session_timeout_message</c> when known; otherwise <see langword="null"/>.</param>
public sealed record ConversationEnded(string SessionId, long Sequence, DateTimeOffset Timestamp, ConversationEndedBy EndedBy, string? Text)
    : ConversationEvent(SessionId, Sequence, Timestamp);
