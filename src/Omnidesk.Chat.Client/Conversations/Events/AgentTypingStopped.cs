namespace Omnidesk.Chat.Client.Conversations;

/// <summary>The agent stopped typing (the <c>typingIndicatorForCustomer</c> hookpoint with <c>Typing</c> false).</summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The event's place in the session's event log.</param>
/// <param name="Timestamp">When the event arrived.</param>
public sealed record AgentTypingStopped(string SessionId, long Sequence, DateTimeOffset Timestamp)
    : ConversationEvent(SessionId, Sequence, Timestamp);
