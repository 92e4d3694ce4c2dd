using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Conversations;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// The conversation store on Redis, shared by every instance of the app that points at the same Redis and key
/// prefix. Records, counters, agents and positions are hashes and sets changed by Lua scripts (atomic across
/// instances); each log is a Redis Stream whose entry ids are the sequences; files are strings with their own expiry.
/// This file: the records (create, read, compare-and-set, open list, expiry, removal).
/// </summary>
internal sealed partial class RedisConversationStore : IOmnideskConversationStore, IDisposable
{
    private readonly StoreCalls _calls;
    private readonly RedisKeys _keys;
    private readonly EventWakeups _wakeups;
    private readonly RedisClock _clock;
    private readonly StoreEpoch _epoch;
    private readonly OmnideskRedisStoreOptions _options;
    private readonly string _unknownSessionExpiry;

    /// <summary>Reader positions consumed while Redis was unreachable, saved on the reader's next read (see GetReaderPositionAsync).</summary>
    private readonly ConcurrentDictionary<(string SessionId, string Reader), long> _unsavedPositions = new();

    public RedisConversationStore(RedisConnection connection, IOptions<OmnideskRedisStoreOptions> options)
    {
        _options = options.Value;
        _calls = new StoreCalls(connection, _options.OperationTimeout);
        _keys = new RedisKeys(_options.KeyPrefix);
        _wakeups = new EventWakeups(connection, _keys, _options.OperationTimeout);
        _clock = new RedisClock(_calls);
        _epoch = new StoreEpoch(_calls, _keys.Epoch);
        _unknownSessionExpiry = RedisTime.Milliseconds(_options.UnknownSessionExpiry);
    }

    public async ValueTask<ConversationRecordCreation> CreateOrGetAsync(ConversationRecord record, TimeSpan? timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await _epoch.NoteAsync(cancellationToken).ConfigureAwait(false);
        var session = _keys.For(record.SessionId);
        var values = new List<RedisValue> { timeToLive is { } ttl ? RedisTime.Milliseconds(ttl) : string.Empty };
        values.AddRange(RecordFields.Write(record));
        var result = await _calls.RunAsync("create", db => db.ScriptEvaluateAsync(RedisScripts.Create, session.All, [.. values]), cancellationToken).ConfigureAwait(false);
        var parts = (RedisResult[])result!;
        var created = (long)parts[0] == 1;
        var stored = RecordFields.Read(parts[1]);
        if (created)
        {
            await IndexAsync(stored, cancellationToken).ConfigureAwait(false);
        }

        return new ConversationRecordCreation(created, stored);
    }

    public async ValueTask<ConversationRecord?> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        var hash = await _calls.RunAsync("get", db => db.HashGetAllAsync(_keys.For(sessionId).Record), cancellationToken).ConfigureAwait(false);
        return hash.Length == 0 ? null : RecordFields.Read(hash);
    }

    public async ValueTask<ConversationRecord?> TryUpdateAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var unset = RecordFields.Unset(record);
        var values = new List<RedisValue>
        {
            record.Version,
            RecordFields.WriteActivity(record.LastActivityAt),
            unset.Count,
        };
        values.AddRange(unset);
        values.AddRange(RecordFields.Write(record));
        var result = await _calls.RunAsync("update", db => db.ScriptEvaluateAsync(RedisScripts.Update, [_keys.For(record.SessionId).Record], [.. values]), cancellationToken).ConfigureAwait(false);
        if (result.IsNull)
        {
            return null;
        }

        var stored = RecordFields.Read(result);
        await IndexAsync(stored, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async ValueTask TouchAsync(string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        await _calls.RunAsync("touch", db => db.ScriptEvaluateAsync(RedisScripts.Touch, [_keys.For(sessionId).Record]), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One script: the state, the Ended entry in both logs, the wake-up and the retention (see <see cref="RedisScripts.End"/>).</summary>
    public async ValueTask<ConversationRecord?> TryEndAsync(string sessionId, ConversationEntry ended, TimeSpan? idleFor, TimeSpan retainFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentNullException.ThrowIfNull(ended);
        var session = _keys.For(sessionId);
        var values = new List<RedisValue>
        {
            idleFor is { } idle ? idle.Ticks : string.Empty,
            RedisTime.Milliseconds(retainFor),
            (string)_keys.Wake!,
            sessionId,
            _options.MaxEventsPerConversation,
            _options.MaxHistoryPerConversation,
            (ended.EndedBy ?? ConversationEndedBy.Agent).ToString(),
            RedisTime.Write(ended.Timestamp),
            session.FileStem,
            await _clock.DeadlineAsync(cancellationToken).ConfigureAwait(false),
        };
        values.AddRange(EntryFields.Write(ended));
        var result = await _calls.RunAsync("end", db => db.ScriptEvaluateAsync(RedisScripts.End, session.All, [.. values]), cancellationToken).ConfigureAwait(false);
        ThrowIfTooLate("end", result);
        if (result.IsNull)
        {
            return null;
        }

        var stored = RecordFields.Read(result);
        await IndexAsync(stored, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async ValueTask<ConversationPage<ConversationRecord>> ListOpenAsync(int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var items = new List<ConversationRecord>(pageSize);
        var cursor = pageToken;
        while (items.Count < pageSize)
        {
            var take = pageSize - items.Count;
            var after = cursor;
            var ids = await _calls.RunAsync("list open", db => db.SortedSetRangeByValueAsync(
                _keys.Open, after is null ? default(RedisValue) : after, default, after is null ? Exclude.None : Exclude.Start, Order.Ascending, 0, take), cancellationToken).ConfigureAwait(false);
            foreach (var id in ids)
            {
                var record = await GetAsync((string)id!, cancellationToken).ConfigureAwait(false);
                if (record is { Status: ConversationStatus.Open })
                {
                    items.Add(record);
                }
                else if (record is null or { Status: ConversationStatus.Ended })
                {
                    // Expired or ended while the index still named it: the index follows the record.
                    await _calls.RunAsync("list open", db => db.SortedSetRemoveAsync(_keys.Open, id), cancellationToken).ConfigureAwait(false);
                }
            }

            if (ids.Length < take)
            {
                return new ConversationPage<ConversationRecord>(items, null);
            }

            cursor = (string)ids[^1]!;
        }

        return new ConversationPage<ConversationRecord>(items, cursor);
    }

    public async ValueTask ExpireAsync(string sessionId, TimeSpan? timeToLive, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        var session = _keys.For(sessionId);
        await _calls.RunAsync("expire", db => db.ScriptEvaluateAsync(RedisScripts.Expire, session.All, [timeToLive is { } ttl ? RedisTime.Milliseconds(ttl) : string.Empty, session.FileStem]), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask RemoveAsync(string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        var session = _keys.For(sessionId);
        await _calls.RunAsync("remove", db => db.ScriptEvaluateAsync(RedisScripts.Remove, session.All, [session.FileStem]), cancellationToken).ConfigureAwait(false);
        await _calls.RunAsync("remove", db => db.SortedSetRemoveAsync(_keys.Open, sessionId), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _wakeups.Dispose();

    /// <summary>A script that found its deadline passed wrote nothing: the caller is told the store did not take it.</summary>
    private void ThrowIfTooLate(string operation, RedisResult result)
    {
        if (result.Resp2Type == ResultType.Integer && (long)result == RedisScripts.TooLate)
        {
            throw new OmnideskStoreUnavailableException(
                "conversation store " + operation,
                $"Redis ran it after its deadline (half of {_options.OperationTimeout.TotalSeconds:0.###} s from sending), so nothing was stored");
        }
    }

    /// <summary>
    /// Keeps the open index in step with a record just written. Not in the record's script, so that the session's
    /// keys and the one global index need not share a cluster slot; a step missed by a crash is repaired by the next
    /// write or by <see cref="ListOpenAsync"/>, which checks every record it lists.
    /// </summary>
    private async ValueTask IndexAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        if (record.Status == ConversationStatus.Open)
        {
            await _calls.RunAsync("index", db => db.SortedSetAddAsync(_keys.Open, record.SessionId, 0), cancellationToken).ConfigureAwait(false);
        }
        else if (record.Status == ConversationStatus.Ended)
        {
            await _calls.RunAsync("index", db => db.SortedSetRemoveAsync(_keys.Open, record.SessionId), cancellationToken).ConfigureAwait(false);
        }
    }
}
