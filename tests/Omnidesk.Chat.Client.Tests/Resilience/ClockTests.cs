using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// The waits of the pipeline on the application's <see cref="TimeProvider"/> (a <see cref="FakeTimeProvider"/>
/// here): a <c>Retry-After</c>, the back-off and the breaker's break take exactly as long as they say, and the
/// tests neither wait for them nor flake.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ClockTests
{
    [Test]
    public async Task RetryAfter_OfSevenSeconds_WaitsExactlySevenSecondsBeforeTheRetry()
    {
        var clock = new FakeTimeProvider();
        await using var client = await EmulatedClient.StartAsync(
            r => r.TotalTimeout = TimeSpan.FromSeconds(30),
            logging: b => b.AddFakeLogging(),
            moreServices: s => s.AddSingleton<TimeProvider>(clock));
        var logs = client.Services.GetRequiredService<FakeLogCollector>();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(503, TimeSpan.FromSeconds(7)));

        var call = client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));
        await FakeClockCalls.RetriesScheduled(logs, 1);
        clock.Advance(TimeSpan.FromSeconds(6.9));
        await Task.Delay(200);
        var beforeTheWaitIsOver = client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        var result = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(logs.GetSnapshot().Single(r => r.Id.Id == 4).Message, Does.EndWith("attempt 1 failed (503); retrying in 7000 ms"));
        Assert.That(beforeTheWaitIsOver, Is.EqualTo(1), "not sent again before the 7 s are over");
        Assert.That(result.TicketId, Is.EqualTo(EmulatorState.FirstTicketId));
        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(2));
    }

    [Test]
    public async Task Backoff_WithoutJitter_DoublesTheBaseDelay()
    {
        var clock = new FakeTimeProvider();
        await using var client = await EmulatedClient.StartAsync(
            r =>
            {
                r.BaseDelay = TimeSpan.FromSeconds(1);
                r.UseJitter = false;
            },
            logging: b => b.AddFakeLogging(),
            moreServices: s => s.AddSingleton<TimeProvider>(clock));
        var logs = client.Services.GetRequiredService<FakeLogCollector>();
        client.Emulator.Faults.Next(EmulatorEndpoint.RequestChatQueue, 2, EmulatorFault.Status(500));

        var call = client.Chat.RequestChatQueueAsync();
        var seen = new List<int>();
        await FakeClockCalls.RetriesScheduled(logs, 1);
        clock.Advance(TimeSpan.FromSeconds(0.99));
        await Task.Delay(200);
        seen.Add(client.RequestsTo(EmulatorEndpoint.RequestChatQueue));
        clock.Advance(TimeSpan.FromSeconds(0.01));
        await FakeClockCalls.RetriesScheduled(logs, 2);
        seen.Add(client.RequestsTo(EmulatorEndpoint.RequestChatQueue));
        clock.Advance(TimeSpan.FromSeconds(1.99));
        await Task.Delay(200);
        seen.Add(client.RequestsTo(EmulatorEndpoint.RequestChatQueue));
        clock.Advance(TimeSpan.FromSeconds(0.01));
        await call.WaitAsync(TimeSpan.FromSeconds(30));
        seen.Add(client.RequestsTo(EmulatorEndpoint.RequestChatQueue));

        Assert.That(seen, Is.EqualTo(new[] { 1, 2, 2, 3 }), "the retries go out after 1 s, then after 2 s more");
        Assert.That(logs.GetSnapshot().Where(r => r.Id.Id == 4).Select(r => r.Message[^10..]), Is.EqualTo(new[] { "in 1000 ms", "in 2000 ms" }));
    }

    [Test]
    public async Task Breaker_OpenForThirtySeconds_LetsCallsThroughOnceTheyAreOver()
    {
        var clock = new FakeTimeProvider();
        await using var client = await EmulatedClient.StartAsync(
            r =>
            {
                r.MaxRetryAttempts = 0;
                r.FailureRatio = 1;
                r.MinimumThroughput = 2;
                r.BreakDuration = TimeSpan.FromSeconds(30);
            },
            moreServices: s => s.AddSingleton<TimeProvider>(clock));
        client.Emulator.Faults.Next(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, 2, EmulatorFault.Status(503));
        for (var i = 0; i < 2; i++)
        {
            Assert.ThrowsAsync<OmnideskApiException>(() => client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync());
        }

        clock.Advance(TimeSpan.FromSeconds(29));
        var open = Assert.ThrowsAsync<OmnideskUnavailableException>(() => client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync();

        Assert.That(open.Reason, Is.EqualTo(OmnideskUnavailableReason.CircuitOpen));
        Assert.That(open.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(client.RequestsTo(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps), Is.EqualTo(3), "the call during the break was not sent");
    }
}
