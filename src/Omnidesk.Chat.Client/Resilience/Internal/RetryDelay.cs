using System.Security.Cryptography;

namespace Omnidesk.Chat.Client.Resilience.Internal;

/// <summary>
/// The wait before a retry: the server's <c>Retry-After</c> when it sent one, else exponential back-off from
/// the base delay, varied by up to 20 % either way when jitter is on.
/// </summary>
internal static class RetryDelay
{
    public static TimeSpan For(HttpResponseMessage? response, int attemptNumber, OmnideskResilienceOptions options, TimeProvider time) =>
        RetryAfter(response, time) ?? Backoff(attemptNumber, options);

    /// <summary>The <c>Retry-After</c> of an answer, in delta seconds or as an HTTP date; never negative.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>The back-off before retry number <paramref name="attemptNumber"/> + 1 (0 for the first retry).</summary>
    public static TimeSpan Backoff(int attemptNumber, OmnideskResilienceOptions options)
    {
        // Past the total timeout a wait means no retry at all, so the doubling stops there (and cannot overflow).
        var ticks = Math.Min(options.BaseDelay.Ticks * Math.Pow(2, Math.Min(attemptNumber, 62)), options.TotalTimeout.Ticks);
        if (options.UseJitter)
        {
            // A spread of 0.8 to 1.2; the cryptographic generator costs nothing next to a network wait.
            ticks *= 0.8 + (0.4 * RandomNumberGenerator.GetInt32(1001) / 1000d);
        }

        return TimeSpan.FromTicks((long)ticks);
    }
}
