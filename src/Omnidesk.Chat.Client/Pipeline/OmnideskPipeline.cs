using Microsoft.Extensions.Http.Resilience;
using Omnidesk.Chat.Client.Diagnostics.Internal;
using Polly;
using Polly.Retry;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// The Omnidesk clients' pipeline on Microsoft.Extensions.Http.Resilience, from the outside in: total timeout,
/// retry, circuit breaker, attempt timeout, each set from <see cref="OmnideskResilienceOptions"/>. The library
/// keeps the pipeline (and so the breaker's memory) for the client's lifetime, one per client name. What it
/// adds to the library's strategies is the SDK's own: the per-operation retry rule and the SDK's telemetry.
/// </summary>
internal static class OmnideskPipeline
{
    /// <summary>The name passed to <c>AddResilienceHandler</c>; the library prefixes it with the client's name.</summary>
    public const string Name = "omnidesk";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, OmnideskResilienceOptions options, OmnideskTelemetry telemetry, TimeProvider time)
    {
        builder.TimeProvider = time;
        builder.AddTimeout(new HttpTimeoutStrategyOptions
        {
            Name = "TotalTimeout",
            Timeout = options.TotalTimeout,
            OnTimeout = args =>
            {
                CallState.Of(args.Context).TotalTimedOut = true;
                return default;
            },
        });

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(Retry(options, time));
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "CircuitBreaker",
            FailureRatio = options.FailureRatio,
            MinimumThroughput = options.MinimumThroughput,
            SamplingDuration = options.SamplingDuration,
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => new ValueTask<bool>(RetryRules.CountsAgainstCircuit(args.Outcome)),
            OnOpened = args =>
            {
                telemetry.CircuitOpened(args.BreakDuration);
                return default;
            },
            OnClosed = _ =>
            {
                telemetry.CircuitClosed();
                return default;
            },
        });

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
    }

    /// <summary>
    /// The library's HTTP retry (exponential back-off, jitter, <c>Retry-After</c>) with the SDK's rule as its
    /// predicate. A retry whose wait would end past the total timeout is not made, so the caller gets the last
    /// real answer rather than a timeout.
    /// </summary>
    private static HttpRetryStrategyOptions Retry(OmnideskResilienceOptions options, TimeProvider time)
    {
        var retry = new HttpRetryStrategyOptions
        {
            Name = "Retry",
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.BaseDelay,
            MaxDelay = options.TotalTimeout,
            UseJitter = options.UseJitter,
            OnRetry = args =>
            {
                var call = CallState.Of(args.Context);
                call.EndAttemptForRetry();
                call.Telemetry.Retrying(call.Attempts, args.Outcome, args.RetryDelay);
                return default;
            },
        };

        // The library's Retry-After reading, asked once more here to see whether the wait fits in the time left.
        // Every outcome is asked, successes too: those are answered at once, without the call state or an async step.
        var retryAfter = retry.DelayGenerator!;
        retry.ShouldHandle = args => RetryRules.IsTransientFailure(args.Outcome) ? ShouldRetryAsync(args) : new ValueTask<bool>(false);
        return retry;

        async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
        {
            var call = CallState.Of(args.Context);
            if (!RetryRules.AllowsRetry(args.Outcome, call))
            {
                return false;
            }

            var wait = await retryAfter(new RetryDelayGeneratorArguments<HttpResponseMessage>(args.Context, args.Outcome, args.AttemptNumber)).ConfigureAwait(false)
                ?? Backoff(options, args.AttemptNumber);
            return wait < time.GetElapsedTime(time.GetTimestamp(), call.Deadline);
        }
    }

    /// <summary>The back-off before retry <paramref name="attemptNumber"/> + 1, without jitter (which varies it around this).</summary>
    private static TimeSpan Backoff(OmnideskResilienceOptions options, int attemptNumber) =>
        TimeSpan.FromTicks((long)Math.Min(options.BaseDelay.Ticks * Math.Pow(2, Math.Min(attemptNumber, 62)), options.TotalTimeout.Ticks));
}
