using System.Globalization;

namespace Omnidesk.Chat.Client;

/// <summary>
/// How the clients ride out failures (configuration section <c>Omnidesk:Resilience</c>), mapped onto the strategies
/// of Microsoft.Extensions.Http.Resilience: a total timeout around each call, retries with exponential back-off
/// inside it, a circuit breaker shared by all calls of a client, and a timeout per attempt. Which calls may be
/// retried is fixed per operation, so that a chat message is never sent twice.
/// </summary>
public sealed class OmnideskResilienceOptions
{
    /// <summary>The longest one call may take, every attempt and every wait between attempts included.</summary>
    /// <value>Defaults to 30 seconds. At least 10 ms and not less than <see cref="AttemptTimeout"/>.</value>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest one attempt may take, from sending the request to the end of the answer's body.</summary>
    /// <value>Defaults to 10 seconds. At least 10 ms and at most <see cref="TotalTimeout"/>.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a failed call is retried (only where its operation allows a retry); 0 turns retries off.</summary>
    /// <value>Defaults to 3.</value>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>
    /// The wait before the first retry; each later retry waits twice as long as the one before. A
    /// <c>Retry-After</c> from the server replaces it, and no call waits past its <see cref="TotalTimeout"/>.
    /// </summary>
    /// <value>Defaults to 2 seconds.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether each back-off wait is varied at random (Polly's decorrelated jitter), so clients do not retry in step.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>The share of failed attempts, from above 0 to 1, within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    /// <value>Defaults to 0.1 (10 %).</value>
    public double FailureRatio { get; set; } = 0.1;

    /// <summary>How many attempts must be seen within <see cref="SamplingDuration"/> before the circuit may open.</summary>
    /// <value>Defaults to 100. At least 2.</value>
    public int MinimumThroughput { get; set; } = 100;

    /// <summary>The window over which the circuit breaker measures the failure ratio.</summary>
    /// <value>Defaults to 30 seconds. At least 0.5 seconds.</value>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long calls fail fast, without being sent, once the circuit has opened; then one call probes.</summary>
    /// <value>Defaults to 5 seconds. At least 0.5 seconds.</value>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Describes the settings.</summary>
    /// <returns>Every setting and its value.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{{ TotalTimeout = {TotalTimeout}, AttemptTimeout = {AttemptTimeout}, MaxRetryAttempts = {MaxRetryAttempts}, BaseDelay = {BaseDelay}, " +
        $"UseJitter = {UseJitter}, FailureRatio = {FailureRatio}, MinimumThroughput = {MinimumThroughput}, " +
        $"SamplingDuration = {SamplingDuration}, BreakDuration = {BreakDuration} }}");
}
