namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// The store lost data of this open conversation: the conversation itself (for example Redis restarted without
/// persistence, or its keys were removed by hand), or events this reader had already consumed (Redis restarted from an
/// older snapshot, or a replica was promoted without the last writes). Events that arrived after
/// <see cref="ConversationEvent.Sequence"/> may be lost with it, and the store may give their sequence numbers to new
/// events; the reader's stream ends after this event, never silently. A conversation that ended and
/// then expired (<see cref="OmnideskConversationsOptions.RetainEndedFor"/>) is not lost: its readers got
/// <see cref="ConversationEnded"/> first.
/// </summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The last sequence this reader had consumed, as far as still known (0 when the store lost the reader's position too).</param>
/// <param name="Timestamp">When the reader noticed.</param>
public sealed record ConversationDataLost(string SessionId, long Sequence, DateTimeOffset Timestamp)
    : ConversationEvent(SessionId, Sequence, Timestamp);
