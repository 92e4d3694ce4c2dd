using System.Net;
using System.Net.Http.Headers;
using Omnidesk.Chat.Client.Resilience.Internal;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>The wait before a retry: the server's Retry-After in either form, else exponential back-off.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class RetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    [Test]
    public void RetryAfter_DeltaSeconds_IsThatWait()
    {
        using var response = Answer(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        Assert.That(RetryDelay.RetryAfter(response, new FixedClock(Now)), Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public void RetryAfter_HttpDate_IsTheTimeUntilThen()
    {
        using var response = Answer(new RetryConditionHeaderValue(Now.AddSeconds(12)));

        Assert.That(RetryDelay.RetryAfter(response, new FixedClock(Now)), Is.EqualTo(TimeSpan.FromSeconds(12)));
    }

    [Test]
    public void RetryAfter_HttpDateInThePast_IsNoWait()
    {
        using var response = Answer(new RetryConditionHeaderValue(Now.AddSeconds(-30)));

        Assert.That(RetryDelay.RetryAfter(response, new FixedClock(Now)), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void For_NoRetryAfter_DoublesTheBaseDelayEachRetry()
    {
        using var response = Answer(null);
        var options = new OmnideskResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(100), UseJitter = false };

        var waits = Enumerable.Range(0, 4).Select(attempt => RetryDelay.For(response, attempt, options, new FixedClock(Now)));

        Assert.That(waits, Is.EqualTo(new[] { 100, 200, 400, 800 }.Select(ms => TimeSpan.FromMilliseconds(ms))));
    }

    [Test]
    public void Backoff_WithJitter_StaysWithin20PercentAndNeverPastTheTotalTimeout()
    {
        var options = new OmnideskResilienceOptions { BaseDelay = TimeSpan.FromSeconds(1), TotalTimeout = TimeSpan.FromSeconds(30) };

        var first = Enumerable.Range(0, 50).Select(_ => RetryDelay.Backoff(0, options)).ToArray();
        var late = RetryDelay.Backoff(1000, new OmnideskResilienceOptions { UseJitter = false });

        Assert.That(first, Has.All.InRange(TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2)));
        Assert.That(first.Distinct().Count(), Is.GreaterThan(1));
        Assert.That(late, Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    private static HttpResponseMessage Answer(RetryConditionHeaderValue? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
