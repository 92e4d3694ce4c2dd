using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Diagnostics.Internal;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Omnidesk.Chat.Client.Resilience.Internal;

/// <summary>
/// The one resilience pipeline of the Omnidesk clients, built once from the options and kept for the
/// application's lifetime (a singleton: the handlers that use it are created and dropped by the
/// <see cref="IHttpClientFactory"/>, the circuit breaker's memory must outlive them). From the outside in:
/// total timeout, retry, circuit breaker, attempt timeout.
/// </summary>
internal sealed class OmnideskResiliencePipeline
{
    public OmnideskResiliencePipeline(IOptions<OmnideskChatOptions> chatOptions, OmnideskTelemetry telemetry)
    {
        var options = chatOptions.Value.Resilience;
        Options = options;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = OmnideskDiagnostics.ActivitySourceName, TimeProvider = Time };

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Timeout = options.TotalTimeout,
            OnTimeout = args =>
            {
                Call(args.Context).TotalTimedOut = true;
                return default;
            },
        });

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, Call(args.Context), args.AttemptNumber)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(Call(args.Context).NextDelay),
                OnRetry = args =>
                {
                    var call = Call(args.Context);
                    call.EndAttemptForRetry();
                    call.Telemetry.Retrying(call.Attempts, args.Outcome, args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
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

        builder.AddTimeout(options.AttemptTimeout);

        Pipeline = builder.Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    public OmnideskResilienceOptions Options { get; }

    /// <summary>The clock of the timeouts, the waits and <c>Retry-After</c> dates.</summary>
    public TimeProvider Time { get; } = TimeProvider.System;

    private static CallState Call(ResilienceContext context) => context.Properties.GetValue(CallState.Key, null!);

    /// <summary>
    /// Applies the operation's retry rule, then decides the wait; a retry whose wait would end past the total
    /// timeout is not made, so the caller gets the last real answer rather than a timeout.
    /// </summary>
    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CallState call, int attemptNumber)
    {
        if (!RetryRules.AllowsRetry(outcome, call))
        {
            return false;
        }

        var delay = RetryDelay.For(outcome.Result, attemptNumber, Options, Time);
        if (delay >= Time.GetElapsedTime(Time.GetTimestamp(), call.Deadline))
        {
            return false;
        }

        call.NextDelay = delay;
        return true;
    }
}
