using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// Tells whether Redis lost the data it held since this instance first looked: a key (<c>&lt;prefix&gt;epoch</c>)
/// holds a random id, written once by whoever comes first and never expiring. Redis that comes back without its data
/// comes back without it; the next instance to look writes a new one. An instance that saw another id before knows
/// the store lost its data. Looked at once per instance, then only when a session turns out to have no record.
/// </summary>
internal sealed class StoreEpoch(StoreCalls calls, RedisKey key)
{
    private const string CurrentOrNew = "redis.call('SET', KEYS[1], ARGV[1], 'NX') return redis.call('GET', KEYS[1])";
    private string? _seen;

    /// <summary>Takes note of the epoch, the first time only.</summary>
    public async ValueTask NoteAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _seen) is null)
        {
            Interlocked.CompareExchange(ref _seen, await ReadAsync(cancellationToken).ConfigureAwait(false), null);
        }
    }

    /// <summary>Whether the epoch differs from the one this instance noted (so the store lost its data since).</summary>
    public async ValueTask<bool> ChangedAsync(CancellationToken cancellationToken)
    {
        var seen = Volatile.Read(ref _seen);
        var now = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return seen is not null && !string.Equals(seen, now, StringComparison.Ordinal);
    }

    private async ValueTask<string> ReadAsync(CancellationToken cancellationToken) =>
        (string)(await calls.RunAsync("epoch", db => db.ScriptEvaluateAsync(CurrentOrNew, [key], [Guid.NewGuid().ToString("N")]), cancellationToken).ConfigureAwait(false))!;
}
