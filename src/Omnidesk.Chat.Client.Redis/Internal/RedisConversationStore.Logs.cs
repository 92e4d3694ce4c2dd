using System.Globalization;
using Omnidesk.Chat.Client.Conversations;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>This file: counters, agents, the two logs (Redis Streams), waiting for events and reader positions.</summary>
internal sealed partial class RedisConversationStore
{
    public async ValueTask<long> IncrementAsync(string sessionId, string counter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(counter);
        var session = _keys.For(sessionId);
        var value = await _calls.RunAsync("increment", db => db.ScriptEvaluateAsync(RedisScripts.Increment, [session.Record, session.Counters], [_unknownSessionExpiry, counter]), cancellationToken).ConfigureAwait(false);
        return (long)value;
    }

    /// <summary>
    /// One script: the next sequence, XADD with it as the entry id (trimmed to the log's bound), the expiry, and for the
    /// event log the wake-up published to every instance. When it returns, Redis has applied and logged the append
    /// (its append-only file is written before the reply; <c>appendfsync</c> decides when it reaches the disk).
    /// </summary>
    public async ValueTask<long> AppendAsync(string sessionId, ConversationLog log, ConversationEntry entry, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentNullException.ThrowIfNull(entry);
        var session = _keys.For(sessionId);
        var isEvents = log == ConversationLog.Events;
        var values = new List<RedisValue>
        {
            _unknownSessionExpiry,
            isEvents ? _options.MaxEventsPerConversation : _options.MaxHistoryPerConversation,
            isEvents ? (string)_keys.Wake! : string.Empty,
            sessionId,
        };
        values.AddRange(EntryFields.Write(entry));
        var sequence = await _calls.RunAsync("append", db => db.ScriptEvaluateAsync(RedisScripts.Append, [session.Record, session.Log(log)], [.. values]), cancellationToken).ConfigureAwait(false);
        return (long)sequence;
    }

    public async ValueTask<IReadOnlyList<ConversationEntry>> ReadAsync(string sessionId, ConversationLog log, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        var key = _keys.For(sessionId).Log(log);
        var entries = await _calls.RunAsync("read", db => db.StreamRangeAsync(key, EntryFields.Id(afterSequence + 1), "+", maxCount), cancellationToken).ConfigureAwait(false);
        return Array.ConvertAll(entries, EntryFields.Read);
    }

    public async ValueTask<IReadOnlyList<ConversationEntry>> ReadBackwardAsync(string sessionId, ConversationLog log, long beforeSequence, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        if (beforeSequence <= 1)
        {
            return [];
        }

        var key = _keys.For(sessionId).Log(log);
        var newest = beforeSequence == long.MaxValue ? "+" : EntryFields.Id(beforeSequence - 1);
        var entries = await _calls.RunAsync("read backward", db => db.StreamRangeAsync(key, "-", newest, maxCount, Order.Descending), cancellationToken).ConfigureAwait(false);
        return Array.ConvertAll(entries, EntryFields.Read);
    }

    /// <summary>
    /// Takes this process's signal for the session first, then looks at the stream, then waits for the signal (an
    /// append on any instance publishes it) or the poll interval, whichever comes first: a wake-up between the look and
    /// the wait is never missed, and one lost in a reconnect costs at most the poll interval.
    /// </summary>
    public async ValueTask<bool> WaitForEventsAsync(string sessionId, long afterSequence, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        await _wakeups.TrySubscribeAsync(cancellationToken).ConfigureAwait(false);
        var signal = _wakeups.Signal(sessionId);
        var session = _keys.For(sessionId);
        var state = (RedisResult[])(await _calls.RunAsync("wait", db => db.ScriptEvaluateAsync(RedisScripts.EventsState, [session.Record, session.Events]), cancellationToken).ConfigureAwait(false))!;
        if ((long)state[0] == 0)
        {
            return false;
        }

        if ((long)state[1] > afterSequence)
        {
            return true;
        }

        if ((long)state[1] < afterSequence)
        {
            // Trimming never removes the newest entry: a log that ends before the reader's position lost entries.
            throw new OmnideskStoreDataLostException(
                "conversation store wait",
                $"the event log of session {sessionId} ends at {(long)state[1]}, before the reader's position {afterSequence} (Redis restarted from an older snapshot or failed over without the last writes)");
        }

        try
        {
            await signal.WaitAsync(_options.ReaderPollInterval, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _wakeups.Forget(sessionId, signal);
        }

        return true;
    }

    /// <summary>
    /// The stored position, or a later one this process could not save while Redis was unreachable: a reader that
    /// ended on the outage and reads again resumes after what it consumed, not before, so nothing is delivered twice.
    /// </summary>
    public async ValueTask<long> GetReaderPositionAsync(string sessionId, string reader, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(reader);
        var position = await _calls.RunAsync("get reader position", db => db.HashGetAsync(_keys.For(sessionId).Readers, reader), cancellationToken).ConfigureAwait(false);
        var stored = position.IsNull ? 0 : (long)position;
        if (_unsavedPositions.TryGetValue((sessionId, reader), out var unsaved) && unsaved > stored)
        {
            await SetReaderPositionAsync(sessionId, reader, unsaved, cancellationToken).ConfigureAwait(false);
            return unsaved;
        }

        return stored;
    }

    public async ValueTask SetReaderPositionAsync(string sessionId, string reader, long sequence, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(reader);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        var session = _keys.For(sessionId);
        try
        {
            await _calls.RunAsync("set reader position", db => db.ScriptEvaluateAsync(
                RedisScripts.SetReader, [session.Record, session.Readers], [_unknownSessionExpiry, reader, sequence.ToString(CultureInfo.InvariantCulture)]), cancellationToken).ConfigureAwait(false);
        }
        catch (OmnideskStoreUnavailableException)
        {
            _unsavedPositions.AddOrUpdate((sessionId, reader), sequence, (_, earlier) => Math.Max(earlier, sequence));
            throw;
        }

        if (_unsavedPositions.TryGetValue((sessionId, reader), out var unsaved) && unsaved <= sequence)
        {
            _unsavedPositions.TryRemove(new KeyValuePair<(string, string), long>((sessionId, reader), unsaved));
        }
    }
}
