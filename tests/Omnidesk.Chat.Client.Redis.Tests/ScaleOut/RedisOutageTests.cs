using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Redis.Tests.ScaleOut;

/// <summary>
/// Redis dies mid-run (the test's own server, killed by its pid) and comes back on the same port and data directory
/// with append-only persistence: hookpoints meanwhile get 503, nothing answered <c>ok</c> is lost, the readers carry
/// on, and every ok-answered event reaches its reader exactly once, in order.
/// </summary>
public sealed class RedisOutageTests
{
    private const int Sessions = 4;

    [Test]
    public async Task RedisKilledAndRestarted_503MeanwhileAndEveryOkEventDeliveredExactlyOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        var prefix = TwoInstancesTests.UniquePrefix();
        void Store(OmnideskConversationsBuilder c) => c.AddRedisStore(redis.ConnectionString, o =>
        {
            o.KeyPrefix = prefix;
            o.OperationTimeout = TimeSpan.FromSeconds(1);
            o.ReaderPollInterval = TimeSpan.FromMilliseconds(500);
        });
        await using var b = await AppInstance.StartAsync("B", emulator, Store);
        await using var a = await AppInstance.StartAsync("A", emulator, Store, chatServer: b.HookpointBase);
        var conversations = new List<OmnideskConversation>();
        for (var i = 0; i < Sessions; i++)
        {
            conversations.Add(await a.StartConversationAsync($"outage-{i}"));
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var readers = conversations.Select(c => new PatientReader(c)).ToList();
        var reading = readers.Select(r => r.RunAsync(deadline.Token)).ToList();
        var ledger = new HookpointLedger();

        // Before: everything is answered ok.
        await SendRoundAsync(emulator, ledger, "before", 5, deadline.Token);
        Assert.That(ledger.Answers.Values, Has.All.EqualTo(200));
        await Task.WhenAll(readers.Select(r => r.WaitForAsync(ledger.OkFor(r.SessionId), deadline.Token)));

        // During: Redis is gone. Each hookpoint gets 503 with a one-line reason; the user's handler was not told it was stored.
        var pid = redis.ProcessId;
        redis.Kill();
        var refusals = await SendRoundAsync(emulator, ledger, "during", 3, deadline.Token);
        Assert.That(refusals.Select(r => r.StatusCode), Has.All.EqualTo(503), "no hookpoint is answered ok while its event cannot be stored");
        Assert.That(refusals.Select(r => r.Body), Has.All.Contains("the conversation store is unavailable: Redis").And.All.Not.Contains("\n"));

        // After: the same port and data directory; the append-only file brings back every acknowledged event.
        await redis.RestartAsync();
        Assert.That(redis.ProcessId, Is.Not.EqualTo(pid));
        await WaitHealthyAsync(a, deadline.Token);
        await WaitHealthyAsync(b, deadline.Token);
        await SendRoundAsync(emulator, ledger, "after", 5, deadline.Token, retryRefused: true);
        await SendRoundAsync(emulator, ledger, "last", 1, deadline.Token, retryRefused: true);
        await Task.WhenAll(readers.Select(r => r.WaitForAsync(ledger.OkFor(r.SessionId), deadline.Token)));
        await deadline.CancelAsync();
        await Task.WhenAll(reading);

        foreach (var reader in readers)
        {
            var ok = ledger.OkFor(reader.SessionId);
            Assert.That(reader.Texts, Is.EqualTo(ok), $"{reader.SessionId}: every ok-answered message once, in the order answered, and nothing refused");
            Assert.That(reader.Sequences, Is.Ordered.Ascending.And.Unique, $"{reader.SessionId}: sequences");
            Assert.That(reader.Outages, Is.GreaterThan(0), $"{reader.SessionId}: the reader saw the outage and read on after it");
        }

        Assert.That(ledger.OkFor("outage-0").Count(t => t.Contains(" after ", StringComparison.Ordinal)), Is.EqualTo(5));
    }

    /// <summary>Sends <paramref name="perSession"/> messages to every session at once (one after another within a session).</summary>
    private static async Task<List<HookpointDelivery>> SendRoundAsync(
        OmnideskEmulator emulator, HookpointLedger ledger, string round, int perSession, CancellationToken cancellationToken, bool retryRefused = false)
    {
        var answers = new ConcurrentBag<HookpointDelivery>();
        await Task.WhenAll(Enumerable.Range(0, Sessions).Select(async i =>
        {
            var session = $"outage-{i}";
            for (var n = 0; n < perSession; n++)
            {
                for (var attempt = 1; ; attempt++)
                {
                    var text = $"{session} {round} {n} attempt {attempt}";
                    var answer = await emulator.Agent.SendMessageAsync(session, text, "Anna", cancellationToken: cancellationToken);
                    ledger.Record(session, text, answer.StatusCode);
                    answers.Add(answer);
                    if (answer.StatusCode == 200 || !retryRefused)
                    {
                        break;
                    }

                    await Task.Delay(200, cancellationToken);
                }
            }
        }));
        return [.. answers];
    }

    private static async Task WaitHealthyAsync(AppInstance instance, CancellationToken cancellationToken)
    {
        var check = instance.Services.GetRequiredService<OmnideskRedisStoreHealthCheck>();
        var context = new HealthCheckContext { Registration = new("redis", check, HealthStatus.Unhealthy, null) };
        while ((await check.CheckHealthAsync(context, cancellationToken)).Status != HealthStatus.Healthy)
        {
            await Task.Delay(100, cancellationToken);
        }
    }
}
