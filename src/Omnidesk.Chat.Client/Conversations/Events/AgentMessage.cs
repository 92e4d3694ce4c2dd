namespace Omnidesk.Chat.Client.Conversations;

/// <summary>The agent wrote to the customer (the <c>messageForCustomer</c> hookpoint).</summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The event's place in the session's event log.</param>
/// <param name="Timestamp">When the event arrived.</param>
/// <param name="AgentName">The agent's name (<c>name</c>), when sent.</param>
/// <param name="Picture">The agent's picture address (<c>picture</c>), when sent.</param>
/// <param name="Text">The message, exactly as sent.</param>
public sealed record AgentMessage(string SessionId, long Sequence, DateTimeOffset Timestamp, string? AgentName, string? Picture, string Text)
    : ConversationEvent(SessionId, Sequence, Timestamp);
