using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

namespace Omnidesk.Chat.Client.Redis.Tests.Ending;

/// <summary>
/// Three instances of the app share one store, each with its own idle monitor: every conversation ends once, with one
/// <c>notifyUserEndChat</c> at most and one <c>Ended</c> entry in its history and event log, however the idle end, the
/// agent's <c>endSession</c> and the customer's <c>EndAsync</c> race.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class EndOnceTests
{
    private const int Sessions = 60;
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(2);

    [TestCase("memory")]
    [TestCase("redis")]
    [CancelAfter(180_000)]
    public async Task IdleEnd_ThreeInstancesMonitorOneStore_EachSilentConversationEndsOnceWithOneNotifyUserEndChat(string store)
    {
        var cancellationToken = TestContext.CurrentContext.CancellationToken;
        await using var app = await SharedStoreInstances.StartAsync(store, 3, ShortIdle);
        var sessions = await StartConversationsAsync(app, "idle");

        await app.WaitAllEndedAsync(sessions, cancellationToken);
        await app.WaitUntilToldOfEachEndAsync(sessions, cancellationToken);
        await Task.Delay(IdleTimeout, cancellationToken); // time for a late second end, were there one

        foreach (var sessionId in sessions)
        {
            var record = await app.Store.GetAsync(sessionId, cancellationToken);
            Assert.That(record!.EndedBy, Is.EqualTo(ConversationEndedBy.IdleTimeout), sessionId);
            Assert.That(app.EndChatRequests(sessionId), Is.EqualTo(1), $"{sessionId}: notifyUserEndChat at Omnidesk");
            Assert.That(await app.EndedEntriesAsync(sessionId, ConversationLog.History), Is.EqualTo(1), $"{sessionId}: Ended in the history");
            Assert.That(await app.EndedEntriesAsync(sessionId, ConversationLog.Events), Is.EqualTo(1), $"{sessionId}: Ended in the event log");
        }
    }

    [TestCase("memory")]
    [TestCase("redis")]
    [CancelAfter(180_000)]
    public async Task AgentEndAndCustomerEndRaceTheIdleEnd_OnDifferentInstances_OneEndWinsAndOnlyItTellsOmnidesk(string store)
    {
        var cancellationToken = TestContext.CurrentContext.CancellationToken;
        await using var app = await SharedStoreInstances.StartAsync(store, 3, ShortIdle);
        var sessions = await StartConversationsAsync(app, "race");
        var random = new Random(23);

        // Around the moment the idle end falls due, the agent ends each session (its hookpoint goes to the instance that
        // started it) and the customer ends it on another instance, each at its own moment within half a second of it.
        TimeSpan AroundTheIdleEnd() => IdleTimeout + TimeSpan.FromMilliseconds(random.Next(-250, 250));
        var races = sessions.Select(async (sessionId, i) =>
        {
            var customer = (await app.Instances[(i + 1) % 3].Conversations.GetAsync(sessionId, cancellationToken))!;
            var (agentAt, customerAt) = (AroundTheIdleEnd(), AroundTheIdleEnd());
            var agent = Task.Run(async () =>
            {
                await Task.Delay(agentAt, cancellationToken);
                return await app.Emulator.Agent.EndSessionAsync(sessionId, cancellationToken: cancellationToken);
            });
            var customerEnd = Task.Run(async () =>
            {
                await Task.Delay(customerAt, cancellationToken);
                await EndIgnoringOmnideskRefusalAsync(customer, cancellationToken);
            });
            await Task.WhenAll(agent, customerEnd);
            Assert.That((await agent).StatusCode, Is.EqualTo(200), $"{sessionId}: the agent's endSession is answered ok");
        }).ToList();
        await Task.WhenAll(races);
        await app.WaitAllEndedAsync(sessions, cancellationToken);
        await Task.Delay(IdleTimeout, cancellationToken);

        var winners = new List<ConversationEndedBy>();
        foreach (var sessionId in sessions)
        {
            var endedBy = (await app.Store.GetAsync(sessionId, cancellationToken))!.EndedBy!.Value;
            winners.Add(endedBy);
            var told = endedBy == ConversationEndedBy.Agent ? 0 : 1;
            Assert.That(app.EndChatRequests(sessionId), Is.EqualTo(told), $"{sessionId}: ended by {endedBy}, so notifyUserEndChat {told} time(s)");
            Assert.That(await app.EndedEntriesAsync(sessionId, ConversationLog.History), Is.EqualTo(1), $"{sessionId}: Ended in the history");
            var events = await app.Store.ReadAsync(sessionId, ConversationLog.Events, 0, 1_000, cancellationToken);
            Assert.That(events.Where(e => e.Kind == ConversationEntryKind.Ended).Select(e => e.EndedBy), Is.EqualTo(new[] { endedBy }), $"{sessionId}: one Ended event, by the winner");
        }

        TestContext.Out.WriteLine($"{store}: winners " + string.Join(", ", winners.GroupBy(w => w).Select(g => $"{g.Key} {g.Count()}")));
    }

    [TestCase("memory")]
    [TestCase("redis")]
    [CancelAfter(120_000)]
    public async Task IdleEnd_AnInstanceWhoseClockRunsAnHourAhead_EndsNothingEarly(string store)
    {
        var cancellationToken = TestContext.CurrentContext.CancellationToken;
        await using var app = await SharedStoreInstances.StartAsync(
            store, 2, ShortIdle, clockOf: i => i == 1 ? new ClockAhead(TimeSpan.FromHours(1)) : null);
        var sessions = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            sessions.Add((await app.Instances[0].StartConversationAsync($"ahead-{i}")).SessionId);
        }

        await Task.Delay(IdleTimeout / 2, cancellationToken); // the fast instance's monitor thinks they are an hour idle

        foreach (var sessionId in sessions)
        {
            Assert.That((await app.Store.GetAsync(sessionId, cancellationToken))!.Status, Is.EqualTo(ConversationStatus.Open), $"{sessionId}: the store's clock says it is not idle yet");
        }

        await app.WaitAllEndedAsync(sessions, cancellationToken);
        await app.WaitUntilToldOfEachEndAsync(sessions, cancellationToken);
        await Task.Delay(IdleTimeout, cancellationToken); // time for a late second end, were there one
        Assert.That(sessions.Sum(app.EndChatRequests), Is.EqualTo(sessions.Count), "then each ends once");
    }

    private static void ShortIdle(OmnideskConversationsOptions options)
    {
        options.IdleTimeout = IdleTimeout;
        options.IdleWarningBefore = TimeSpan.Zero;
        options.IdleCheckInterval = TimeSpan.FromMilliseconds(100);
    }

    /// <summary>Starts the conversations, spread over the instances.</summary>
    private static async Task<List<string>> StartConversationsAsync(SharedStoreInstances app, string name)
    {
        var sessions = Enumerable.Range(0, Sessions).Select(i => $"{name}-{i}").ToList();
        await Task.WhenAll(sessions.Select((sessionId, i) => app.Instances[i % app.Instances.Count].StartConversationAsync(sessionId)));
        return sessions;
    }

    /// <summary>The customer's end; Omnidesk may refuse it when the agent's end reached it first, which is not what is tested here.</summary>
    private static async Task EndIgnoringOmnideskRefusalAsync(OmnideskConversation conversation, CancellationToken cancellationToken)
    {
        try
        {
            await conversation.EndAsync(cancellationToken);
        }
        catch (OmnideskApiException)
        {
            // Omnidesk answered that the session has ended: the request was still made, and is counted.
        }
    }
}
