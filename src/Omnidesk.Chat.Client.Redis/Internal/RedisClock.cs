using System.Diagnostics;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// Redis's clock as this process sees it: the offset between the two, measured with <c>TIME</c> (half the round trip
/// taken as the one-way time) and refreshed in the background. A write that must never take effect after its caller
/// gave up carries a deadline on Redis's clock, which its script checks before writing anything.
/// </summary>
internal sealed class RedisClock(StoreCalls calls)
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);
    private long _offsetMilliseconds;
    private long _measuredAt;
    private int _known;
    private int _refreshing;

    /// <summary>
    /// The Redis-clock millisecond after which a write sent now must not take effect: half the operation timeout from
    /// now, which leaves the other half for the reply to come back (and for the offset's error) before the caller
    /// gives up and reports the store unavailable.
    /// </summary>
    public async ValueTask<long> DeadlineAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _known) == 0)
        {
            await MeasureAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (Stopwatch.GetElapsedTime(Volatile.Read(ref _measuredAt)) > RefreshEvery && Interlocked.Exchange(ref _refreshing, 1) == 0)
        {
            _ = RefreshAsync();
        }

        return LocalMilliseconds() + Volatile.Read(ref _offsetMilliseconds) + (long)(calls.Timeout.TotalMilliseconds / 2);
    }

    private static long LocalMilliseconds() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private async Task RefreshAsync()
    {
        try
        {
            await MeasureAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Conversations.OmnideskStoreUnavailableException)
        {
            // Measured again on the next write; the last offset stands meanwhile (clocks drift slowly).
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private async Task MeasureAsync(CancellationToken cancellationToken)
    {
        var before = LocalMilliseconds();
        var time = await calls.RunAsync("clock", db => db.ExecuteAsync("TIME"), cancellationToken).ConfigureAwait(false);
        var after = LocalMilliseconds();
        var parts = (RedisResult[])time!;
        var redis = ((long)parts[0] * 1000) + ((long)parts[1] / 1000);
        Volatile.Write(ref _offsetMilliseconds, redis - ((before + after) / 2));
        Volatile.Write(ref _measuredAt, Stopwatch.GetTimestamp());
        Volatile.Write(ref _known, 1);
    }
}
