namespace Omnidesk.Chat.Client.Conversations;

/// <summary>The agent started typing (the <c>typingIndicatorForCustomer</c> hookpoint with <c>Typing</c> true).</summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The event's place in the session's event log.</param>
/// <param name="Timestamp">When the event arrived.</param>
public sealed record AgentTypingStarted(string SessionId, long Sequence, DateTimeOffset Timestamp)
    : ConversationEvent(SessionId, Sequence, Timestamp);
