namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// An agent wrote for the first time in this conversation (the first message from an agent name not seen before);
/// comes just before that agent's <see cref="AgentMessage"/>.
/// </summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The event's place in the session's event log.</param>
/// <param name="Timestamp">When the event arrived.</param>
/// <param name="AgentName">The agent's name (<c>name</c>).</param>
/// <param name="Picture">The agent's picture address (<c>picture</c>), when sent.</param>
public sealed record AgentJoined(string SessionId, long Sequence, DateTimeOffset Timestamp, string AgentName, string? Picture)
    : ConversationEvent(SessionId, Sequence, Timestamp);
