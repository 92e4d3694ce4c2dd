using System.Diagnostics;
using System.Net;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>After repeated failures calls fail fast without being sent, until the break is over.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CircuitBreakerTests
{
    [Test]
    public async Task Breaker_AfterTheConfiguredFailures_FailsFastThenClosesAfterTheBreak()
    {
        await using var client = await EmulatedClient.StartAsync(r =>
        {
            r.MaxRetryAttempts = 0;
            r.FailureRatio = 0.5;
            r.MinimumThroughput = 4;
            r.SamplingDuration = TimeSpan.FromSeconds(30);
            r.BreakDuration = TimeSpan.FromMilliseconds(500);
        });
        client.Emulator.Faults.Next(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, 4, EmulatorFault.Status(500));
        for (var i = 0; i < 4; i++)
        {
            var failure = Assert.ThrowsAsync<OmnideskApiException>(() => client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;
            Assert.That(failure.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        }

        var clock = Stopwatch.StartNew();
        var open = Assert.ThrowsAsync<OmnideskUnavailableException>(() => client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;
        clock.Stop();

        Assert.That(open.Reason, Is.EqualTo(OmnideskUnavailableReason.CircuitOpen));
        Assert.That(open.Operation, Is.EqualTo("whitelistedDomainsAndBlacklistedIPs"));
        Assert.That(open.Message, Does.StartWith("whitelistedDomainsAndBlacklistedIPs was not sent: calls to Omnidesk fail fast after repeated failures (the circuit breaker is open for about "));
        Assert.That(open.Message, Does.EndWith("see Omnidesk:Resilience:BreakDuration). Nothing was sent; try again later."));
        Assert.That(open.RetryAfter, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMilliseconds(500)));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(400)), "failed fast");
        Assert.That(client.RequestsTo(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps), Is.EqualTo(4), "the fifth call was not sent");

        await Task.Delay(TimeSpan.FromMilliseconds(600));
        await client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync();
        await client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync();

        Assert.That(client.RequestsTo(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps), Is.EqualTo(6), "closed again after the probe succeeded");
    }

    [Test]
    public async Task Breaker_OpenForAMessage_SaysNothingWasSentRatherThanDeliveryUnknown()
    {
        await using var client = await EmulatedClient.StartAsync(r =>
        {
            r.MaxRetryAttempts = 0;
            r.FailureRatio = 1;
            r.MinimumThroughput = 2;
            r.BreakDuration = TimeSpan.FromSeconds(30);
        });
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 2, EmulatorFault.Status(503));
        for (var i = 0; i < 2; i++)
        {
            Assert.ThrowsAsync<OmnideskApiException>(() => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")));
        }

        var open = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(open.Reason, Is.EqualTo(OmnideskUnavailableReason.CircuitOpen));
        Assert.That(open.Message, Does.StartWith("notifyUserNewChatMessage was not sent"));
        Assert.That(client.Stored("session-1", "Hello"), Is.Zero);
        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(2));
    }
}
