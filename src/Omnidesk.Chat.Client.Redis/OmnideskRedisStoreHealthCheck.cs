using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Redis.Internal;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis;

/// <summary>
/// Reports whether the Redis conversation store can be reached: a <c>PING</c> within the store's operation
/// timeout is healthy; anything else is unhealthy (while it lasts, hookpoints are answered 503). Registered by
/// <c>AddRedisStore</c>; add it to your checks with
/// <c>services.AddHealthChecks().AddCheck&lt;OmnideskRedisStoreHealthCheck&gt;("omnidesk-redis")</c>. An account's
/// store has its own, keyed under the account: register it with a <c>HealthCheckRegistration</c> whose factory is
/// <c>sp =&gt; sp.GetRequiredKeyedService&lt;OmnideskRedisStoreHealthCheck&gt;("brand-b")</c>.
/// </summary>
public sealed class OmnideskRedisStoreHealthCheck : IHealthCheck
{
    private readonly RedisConnection _connection;
    private readonly TimeSpan _timeout;

    internal OmnideskRedisStoreHealthCheck(RedisConnection connection, IOptions<OmnideskRedisStoreOptions> options)
    {
        _connection = connection;
        _timeout = options.Value.OperationTimeout;
    }

    /// <summary>Pings Redis once.</summary>
    /// <param name="context">The health check's registration.</param>
    /// <param name="cancellationToken">Ends the check.</param>
    /// <returns>Healthy with the round trip, or the registration's failure status with the reason.</returns>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var database = await _connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            var roundTrip = await database.PingAsync().WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis answered PING in {roundTrip.TotalMilliseconds:0.0} ms.");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or InvalidOperationException)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                $"Redis did not answer PING within {elapsed.TotalSeconds:0.0} s: {exception.GetType().Name}.",
                exception);
        }
    }
}
