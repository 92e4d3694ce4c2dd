using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

/// <summary>
/// Fault injection for the store contract: the real in-memory store, whose writes of events (appends to the event log,
/// the agent's events, the end) fail with the documented exception while <see cref="Down"/> is set, as a store that
/// lost its server would.
/// </summary>
internal sealed class FlakyStore(IOmnideskConversationStore inner) : IOmnideskConversationStore
{
    public volatile bool Down;

    public ValueTask<long> AppendAsync(string sessionId, ConversationLog log, ConversationEntry entry, CancellationToken cancellationToken) =>
        Down && log == ConversationLog.Events
            ? throw new OmnideskStoreUnavailableException("conversation store append", "test store at 127.0.0.1:1 did not answer within 5 s")
            : inner.AppendAsync(sessionId, log, entry, cancellationToken);

    public ValueTask<ConversationRecordCreation> CreateOrGetAsync(ConversationRecord record, TimeSpan? timeToLive, CancellationToken cancellationToken) => inner.CreateOrGetAsync(record, timeToLive, cancellationToken);

    public ValueTask<ConversationRecord?> GetAsync(string sessionId, CancellationToken cancellationToken) => inner.GetAsync(sessionId, cancellationToken);

    public ValueTask<ConversationRecord?> TryUpdateAsync(ConversationRecord record, CancellationToken cancellationToken) => inner.TryUpdateAsync(record, cancellationToken);

    public ValueTask TouchAsync(string sessionId, CancellationToken cancellationToken) => inner.TouchAsync(sessionId, cancellationToken);

    public ValueTask<ConversationRecord?> TryEndAsync(string sessionId, ConversationEntry ended, TimeSpan? idleFor, TimeSpan retainFor, CancellationToken cancellationToken) =>
        Down
            ? throw new OmnideskStoreUnavailableException("conversation store end", "test store at 127.0.0.1:1 did not answer within 5 s")
            : inner.TryEndAsync(sessionId, ended, idleFor, retainFor, cancellationToken);

    public ValueTask<ConversationPage<ConversationRecord>> ListOpenAsync(int pageSize, string? pageToken, CancellationToken cancellationToken) => inner.ListOpenAsync(pageSize, pageToken, cancellationToken);

    public ValueTask<long> IncrementAsync(string sessionId, string counter, CancellationToken cancellationToken) => inner.IncrementAsync(sessionId, counter, cancellationToken);

    public ValueTask<long> RecordAgentEventAsync(string sessionId, ConversationEntry entry, CancellationToken cancellationToken) =>
        Down
            ? throw new OmnideskStoreUnavailableException("conversation store record agent event", "test store at 127.0.0.1:1 did not answer within 5 s")
            : inner.RecordAgentEventAsync(sessionId, entry, cancellationToken);

    public ValueTask<IReadOnlyList<ConversationEntry>> ReadAsync(string sessionId, ConversationLog log, long afterSequence, int maxCount, CancellationToken cancellationToken) => inner.ReadAsync(sessionId, log, afterSequence, maxCount, cancellationToken);

    public ValueTask<IReadOnlyList<ConversationEntry>> ReadBackwardAsync(string sessionId, ConversationLog log, long beforeSequence, int maxCount, CancellationToken cancellationToken) => inner.ReadBackwardAsync(sessionId, log, beforeSequence, maxCount, cancellationToken);

    public ValueTask<bool> WaitForEventsAsync(string sessionId, long afterSequence, CancellationToken cancellationToken) => inner.WaitForEventsAsync(sessionId, afterSequence, cancellationToken);

    public ValueTask<long> GetReaderPositionAsync(string sessionId, string reader, CancellationToken cancellationToken) => inner.GetReaderPositionAsync(sessionId, reader, cancellationToken);

    public ValueTask SetReaderPositionAsync(string sessionId, string reader, long sequence, CancellationToken cancellationToken) => inner.SetReaderPositionAsync(sessionId, reader, sequence, cancellationToken);

    public ValueTask<long?> PutFileAsync(string sessionId, string fileId, Stream content, TimeSpan timeToLive, CancellationToken cancellationToken) => inner.PutFileAsync(sessionId, fileId, content, timeToLive, cancellationToken);

    public ValueTask<Stream?> TakeFileAsync(string sessionId, string fileId, CancellationToken cancellationToken) => inner.TakeFileAsync(sessionId, fileId, cancellationToken);

    public ValueTask ExpireAsync(string sessionId, TimeSpan? timeToLive, CancellationToken cancellationToken) => inner.ExpireAsync(sessionId, timeToLive, cancellationToken);

    public ValueTask RemoveAsync(string sessionId, CancellationToken cancellationToken) => inner.RemoveAsync(sessionId, cancellationToken);
}
