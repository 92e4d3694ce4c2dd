namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// This reader fell so far behind that the store dropped the oldest events it had not read (the event log keeps a
/// bounded number per session): said once, before the first event still kept, so nothing is lost silently.
/// </summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The sequence of the last dropped event.</param>
/// <param name="Timestamp">When the reader noticed.</param>
/// <param name="Count">How many events were dropped.</param>
public sealed record ConversationEventsDropped(string SessionId, long Sequence, DateTimeOffset Timestamp, long Count)
    : ConversationEvent(SessionId, Sequence, Timestamp);
