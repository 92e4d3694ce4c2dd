namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// One event of a conversation's agent side, as <see cref="OmnideskConversation.ReadEventsAsync(CancellationToken)"/>
/// yields them: in arrival order, each once per reader.
/// </summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The event's place in the session's event log: 1, 2, 3… in arrival order.</param>
/// <param name="Timestamp">When the event arrived.</param>
public abstract record ConversationEvent(string SessionId, long Sequence, DateTimeOffset Timestamp);
