using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Redis.Tests.ScaleOut;

/// <summary>
/// Two instances of the user's app on their own ports, one Redis: the customer's conversation lives on A, Omnidesk's
/// agent posts every hookpoint to B (where the load balancer sent it), and A's reader gets it all, in order, once.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class TwoInstancesTests
{
    [Test]
    public async Task AgentPostsToB_ReaderOnA_GetsEveryEventInOrderOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        var prefix = UniquePrefix();
        await using var b = await AppInstance.StartAsync("B", emulator, c => c.AddRedisStore(redis.ConnectionString, o => o.KeyPrefix = prefix));
        await using var a = await AppInstance.StartAsync("A", emulator, c => c.AddRedisStore(redis.ConnectionString, o => o.KeyPrefix = prefix), chatServer: b.HookpointBase);
        var conversation = await a.StartConversationAsync("order-1042");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var reading = ReadAsync(conversation, 8, deadline.Token);

        var answers = new List<HookpointDelivery>
        {
            await emulator.Agent.SetTypingAsync("order-1042", true, cancellationToken: deadline.Token),
            await emulator.Agent.SetTypingAsync("order-1042", false, cancellationToken: deadline.Token),
        };
        for (var n = 1; n <= 4; n++)
        {
            answers.Add(await emulator.Agent.SendMessageAsync("order-1042", $"reply {n}", "Anna", cancellationToken: deadline.Token));
        }

        answers.Add(await emulator.Agent.EndSessionAsync("order-1042", cancellationToken: deadline.Token));
        var events = await reading;

        Assert.That(answers.Select(d => d.StatusCode), Is.All.EqualTo(200), "every hookpoint went to B and was answered there");
        Assert.That(events.Select(Describe), Is.EqualTo(new[]
        {
            "typing started", "typing stopped", "Anna joined", "Anna: reply 1", "Anna: reply 2", "Anna: reply 3", "Anna: reply 4", "ended by Agent",
        }));
        Assert.That(events.Select(e => e.Sequence), Is.EqualTo(Enumerable.Range(1, 8).Select(n => (long)n)));
        var onB = await b.Conversations.GetAsync("order-1042");
        Assert.That(onB!.State.Status, Is.EqualTo(ConversationStatus.Ended), "B sees the state A's conversation has");
        Assert.That(conversation.State.EndedBy, Is.EqualTo(ConversationEndedBy.Agent));
    }

    [Test]
    public async Task BothInstancesSendForOneSessionAtOnce_MessageNumbersAre1ToNWithoutDuplicatesOrGaps()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        var prefix = UniquePrefix();
        await using var b = await AppInstance.StartAsync("B", emulator, c => c.AddRedisStore(redis.ConnectionString, o => o.KeyPrefix = prefix));
        await using var a = await AppInstance.StartAsync("A", emulator, c => c.AddRedisStore(redis.ConnectionString, o => o.KeyPrefix = prefix), chatServer: b.HookpointBase);
        var onA = await a.StartConversationAsync("two-senders");
        var onB = (await b.Conversations.GetAsync("two-senders"))!;

        var sent = await Task.WhenAll(
            Task.Run(() => SendManyAsync(onA, "from A", 30)),
            Task.Run(() => SendManyAsync(onB, "from B", 30)));

        var numbers = sent.SelectMany(s => s).Select(m => m.MessageNumber).Order();
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(2, 60)), "the first message was number 1");
        var onTheWire = emulator.Requests
            .Where(r => r.Path.EndsWith("/notifyUserNewChatMessage", StringComparison.Ordinal))
            .Select(r => int.Parse(r.Form["messageNumber"], CultureInfo.InvariantCulture))
            .Order();
        Assert.That(onTheWire, Is.EqualTo(Enumerable.Range(1, 61)));
        var history = await onB.GetHistoryAsync(pageSize: 100);
        Assert.That(history.Items.Count(e => e.Kind == ConversationEntryKind.CustomerMessage), Is.EqualTo(61), "both instances wrote one history");
    }

    [Test]
    public async Task HealthCheck_ReportsTheStoreHealthyThenUnhealthyWhenRedisIsGone()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var a = await AppInstance.StartAsync("A", emulator, c => c.AddRedisStore(redis.ConnectionString, o =>
        {
            o.KeyPrefix = UniquePrefix();
            o.OperationTimeout = TimeSpan.FromSeconds(1);
        }));
        var check = a.Services.GetRequiredService<OmnideskRedisStoreHealthCheck>();
        var context = new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext
        {
            Registration = new("omnidesk-redis", check, Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, null),
        };

        var healthy = await check.CheckHealthAsync(context);
        redis.Kill();
        var unhealthy = await check.CheckHealthAsync(context);

        Assert.That(healthy.Status, Is.EqualTo(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy));
        Assert.That(healthy.Description, Does.StartWith("Redis answered PING in "));
        Assert.That(unhealthy.Status, Is.EqualTo(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy));
        Assert.That(unhealthy.Description, Does.StartWith("Redis did not answer PING"));
    }

    internal static string UniquePrefix() => "app-" + Guid.NewGuid().ToString("N")[..8] + ":";

    private static string Describe(ConversationEvent e) => e switch
    {
        AgentTypingStarted => "typing started",
        AgentTypingStopped => "typing stopped",
        AgentJoined joined => $"{joined.AgentName} joined",
        AgentMessage message => $"{message.AgentName}: {message.Text}",
        ConversationEnded ended => $"ended by {ended.EndedBy}",
        _ => e.GetType().Name,
    };

    private static async Task<List<ConversationEvent>> ReadAsync(OmnideskConversation conversation, int count, CancellationToken cancellationToken)
    {
        var events = new List<ConversationEvent>();
        await foreach (var item in conversation.ReadEventsAsync(cancellationToken))
        {
            events.Add(item);
            if (events.Count == count)
            {
                break;
            }
        }

        return events;
    }

    private static async Task<List<SentMessage>> SendManyAsync(OmnideskConversation conversation, string prefix, int count)
    {
        var sent = new List<SentMessage>();
        for (var i = 0; i < count; i++)
        {
            sent.Add(await conversation.SendAsync($"{prefix} {i}"));
        }

        return sent;
    }
}
