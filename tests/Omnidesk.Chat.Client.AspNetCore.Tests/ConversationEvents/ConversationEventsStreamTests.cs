using System.Net;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.ConversationEvents;

/// <summary>
/// <c>MapOmnideskConversationEvents</c> as a browser meets it: typed JSON per event with the sequence as the id, a
/// heartbeat, the end, and reconnecting with <c>Last-Event-ID</c>, on one instance or another sharing the store.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ConversationEventsStreamTests
{
    [Test]
    public async Task Stream_AgentSide_EachEventTypedJsonWithItsSequenceAsId_EndsAfterConversationEnded()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var app = await EventsTestApp.StartAsync(emulator, EventsTestApp.NewStore());
        await app.StartConversationAsync("sse-story", "zoe");
        await using var stream = await app.OpenAsync("sse-story", "zoe");

        var opened = await stream.NextAsync();
        await emulator.Agent.SendMessageAsync("sse-story", "Hello Zoë, \"line one\"\nline two", "Anna");
        await emulator.Agent.SetTypingAsync("sse-story", typing: true);
        await emulator.Agent.EndSessionAsync("sse-story");
        var events = await stream.RestAsync();

        Assert.That(stream.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stream.Response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/event-stream"));
        Assert.That(stream.Response.Headers.CacheControl!.NoCache, Is.True);
        Assert.That(opened, Is.EqualTo(new SseMessage("heartbeat", string.Empty, null, "2000")), "opens at once and says how soon to come back");
        Assert.That(events.Select(e => (e.Event, e.Id)), Is.EqualTo(new[] { ("message", "1"), ("message", "2"), ("message", "3"), ("message", "4") }));
        Assert.That(events[0].Data, Does.StartWith("""{"type":"agentJoined","agentName":"Anna","picture":null,"sessionId":"sse-story","sequence":1,"timestamp":"""));
        Assert.That(events[1].Data, Does.StartWith("""{"type":"agentMessage","agentName":"Anna","picture":null,"text":"Hello Zo\u00EB, \u0022line one\u0022\nline two","sessionId":"sse-story","sequence":2,"timestamp":"""));
        Assert.That(events[2].Data, Does.StartWith("""{"type":"agentTypingStarted","sessionId":"sse-story","sequence":3,"""));
        Assert.That(events[3].Data, Does.StartWith("""{"type":"conversationEnded","endedBy":"Agent","text":null,"sessionId":"sse-story","sequence":4,"""));
        Assert.That(await stream.NextAsync(), Is.Null, "the server closed the stream after the end");
    }

    [Test]
    public async Task Reconnect_WithTheLastIdItGot_OnAnotherInstance_GetsEveryLaterEventOnceInOrder()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var store = EventsTestApp.NewStore();
        await using var first = await EventsTestApp.StartAsync(emulator, store);
        await using var second = await EventsTestApp.StartAsync(emulator, store);
        await first.StartConversationAsync("sse-two", "zoe");
        second.Owners["sse-two"] = "zoe";
        await emulator.Agent.SendMessageAsync("sse-two", "one", "Anna");
        await emulator.Agent.SendMessageAsync("sse-two", "two", "Anna");

        List<string?> before;
        await using (var stream = await first.OpenAsync("sse-two", "zoe"))
        {
            before = [(await stream.NextEventAsync())!.Id, (await stream.NextEventAsync())!.Id, (await stream.NextEventAsync())!.Id];
        }

        await emulator.Agent.SendMessageAsync("sse-two", "three", "Anna");
        await emulator.Agent.EndSessionAsync("sse-two");
        await using var resumed = await second.OpenAsync("sse-two", "zoe", lastEventId: "3");
        var after = await resumed.RestAsync();

        Assert.That(before, Is.EqualTo(new[] { "1", "2", "3" }));
        Assert.That(after.Select(e => e.Id), Is.EqualTo(new[] { "4", "5" }), "nothing repeated, nothing lost");
        Assert.That(after[0].Data, Does.Contain("\"text\":\"three\""));
        Assert.That(after[1].Data, Does.StartWith("{\"type\":\"conversationEnded\""));
    }

    [Test]
    public async Task Reconnect_AfterACutRightAfterAnEventWasWrittenButNeverReceived_GetsThatEventAgain()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var store = EventsTestApp.NewStore();
        await using var first = await EventsTestApp.StartAsync(emulator, store);
        await using var second = await EventsTestApp.StartAsync(emulator, store);
        await first.StartConversationAsync("sse-cut", "zoe");
        second.Owners["sse-cut"] = "zoe";
        await emulator.Agent.SendMessageAsync("sse-cut", "one", "Anna");

        // The server writes event 2 and asks its reader for the next, which stores 2 as consumed; the connection is
        // then cut before the browser got 2, so it comes back with Last-Event-ID 1.
        await using (var stream = await first.OpenAsync("sse-cut", "zoe"))
        {
            Assert.That((await stream.NextEventAsync())!.Id, Is.EqualTo("1"));
            Assert.That((await stream.NextEventAsync())!.Id, Is.EqualTo("2"));
            await emulator.Agent.SendMessageAsync("sse-cut", "two", "Anna");
            Assert.That((await stream.NextEventAsync())!.Id, Is.EqualTo("3"));
        }

        var resumedTwice = new List<List<string?>>();
        foreach (var app in new[] { second, first })
        {
            await using var resumed = await app.OpenAsync("sse-cut", "zoe", lastEventId: "1");
            resumedTwice.Add([(await resumed.NextEventAsync())!.Id, (await resumed.NextEventAsync())!.Id]);
        }

        await emulator.Agent.EndSessionAsync("sse-cut");
        await using var last = await second.OpenAsync("sse-cut", "zoe", lastEventId: "3");
        var rest = await last.RestAsync();

        Assert.That(resumedTwice, Is.EqualTo(new[] { new[] { "2", "3" }, new[] { "2", "3" } }), "the event the browser never got comes again, on either instance");
        Assert.That(rest.Select(e => e.Id), Is.EqualTo(new[] { "4" }));
    }

    [Test]
    public async Task Reconnect_AfterTheEndItGot_Answers204SoEventSourceStops_AndBeforeItGetsTheRest()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var app = await EventsTestApp.StartAsync(emulator, EventsTestApp.NewStore());
        await app.StartConversationAsync("sse-ended", "zoe");
        await emulator.Agent.SendMessageAsync("sse-ended", "bye", "Anna");
        await emulator.Agent.EndSessionAsync("sse-ended");
        await using (var all = await app.OpenAsync("sse-ended", "zoe"))
        {
            Assert.That((await all.RestAsync()).Select(e => e.Id), Is.EqualTo(new[] { "1", "2", "3" }));
        }

        await using var afterEnd = await app.OpenAsync("sse-ended", "zoe", lastEventId: "3");
        await using var beforeEnd = await app.OpenAsync("sse-ended", "zoe", lastEventId: "1");
        var rest = await beforeEnd.RestAsync();

        Assert.That(afterEnd.Response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(rest.Select(e => e.Id), Is.EqualTo(new[] { "2", "3" }));
    }

    [Test]
    public async Task Heartbeat_EveryIntervalWithoutEvents_IsANamedEventWithoutId()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var app = await EventsTestApp.StartAsync(emulator, EventsTestApp.NewStore(), time, o => o.HeartbeatInterval = TimeSpan.FromSeconds(20));
        await app.StartConversationAsync("sse-beat", "zoe");
        await using var stream = await app.OpenAsync("sse-beat", "zoe");
        await stream.NextAsync();

        var beat = stream.NextAsync();
        await Task.Delay(1000); // the stream starts its wait on the fake clock
        time.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(200);
        var earlyBeat = beat.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        var heartbeat = await beat;
        await emulator.Agent.SendMessageAsync("sse-beat", "still here", "Anna");
        var joined = await stream.NextAsync();

        Assert.That(earlyBeat, Is.False, "no heartbeat before the interval");
        Assert.That(heartbeat, Is.EqualTo(new SseMessage("heartbeat", string.Empty, null, null)));
        Assert.That(joined!.Id, Is.EqualTo("1"), "a heartbeat does not lose the pending read");
    }

    [Test]
    public async Task LastEventId_NotAWholeNumber_Answers400()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var app = await EventsTestApp.StartAsync(emulator, EventsTestApp.NewStore());
        await app.StartConversationAsync("sse-bad-id", "zoe");

        await using var stream = await app.OpenAsync("sse-bad-id", "zoe", lastEventId: "-1");

        Assert.That(stream.Response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await stream.ReadBodyAsync(), Is.EqualTo("Last-Event-ID must be a whole number of 0 or more."));
    }

    [Test]
    public async Task StoreUnreachable_WhileStreaming_EndsTheStreamAndAReconnectResumes_AtTheStartAnswers503()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var (store, control) = UnreachableStore.Over(EventsTestApp.NewStore(), "ReadAsync", "GetAsync");
        await using var app = await EventsTestApp.StartAsync(emulator, store);
        await app.StartConversationAsync("sse-outage", "zoe");
        await emulator.Agent.SendMessageAsync("sse-outage", "one", "Anna");
        await using var stream = await app.OpenAsync("sse-outage", "zoe");
        var before = new[] { (await stream.NextEventAsync())!.Id, (await stream.NextEventAsync())!.Id };

        // Only once the reader waits for the next event: a read already under way would still get through.
        for (var waited = 0; control.Waits == 0 && waited < 600; waited++)
        {
            await Task.Delay(50);
        }

        control.Failing.Remove("GetAsync");
        control.Down = true;
        await emulator.Agent.SendMessageAsync("sse-outage", "two", "Anna"); // stored (appends work), but the reader cannot read it
        var ended = await stream.NextEventAsync();
        control.Failing.Add("GetAsync");
        await using var refused = await app.OpenAsync("sse-outage", "zoe", lastEventId: "2");
        var refusal = await refused.ReadBodyAsync();
        control.Down = false;
        await using var resumed = await app.OpenAsync("sse-outage", "zoe", lastEventId: "2");
        var next = await resumed.NextEventAsync();

        Assert.That(before, Is.EqualTo(new[] { "1", "2" }));
        Assert.That(ended, Is.Null, "the stream ended, so the browser reconnects");
        Assert.That(refused.Response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(refusal, Is.EqualTo("conversation store read: the conversation store is unavailable: test store at 127.0.0.1:1 did not answer within 5 s"));
        Assert.That((next!.Id, next.Data.Contains("\"text\":\"two\"", StringComparison.Ordinal)), Is.EqualTo(("3", true)));
    }

    [Test]
    public async Task Stream_OfAnAccountsConversations_ReadsThatAccountsKeyedConversations()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var app = await EventsTestApp.StartAsync(emulator, EventsTestApp.NewStore(), account: "brand-b");
        await app.StartConversationAsync("sse-brand-b", "zoe");
        await emulator.Agent.SendMessageAsync("sse-brand-b", "Onderweg", "Bram");
        await emulator.Agent.EndSessionAsync("sse-brand-b");

        await using var stream = await app.OpenAsync("sse-brand-b", "zoe");
        var events = await stream.RestAsync();

        Assert.That(events.Select(e => e.Id), Is.EqualTo(new[] { "1", "2", "3" }));
        Assert.That(events[1].Data, Does.Contain("\"text\":\"Onderweg\""));
    }

    [Test]
    public async Task AppStopping_EndsOpenStreamsAtOnce_SoBrowsersReconnectElsewhere()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var app = await EventsTestApp.StartAsync(emulator, EventsTestApp.NewStore());
        await app.StartConversationAsync("sse-stop", "zoe");
        await using var stream = await app.OpenAsync("sse-stop", "zoe");
        await stream.NextAsync();

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await app.App.StopAsync();
        stopping.Stop();

        Assert.That(await stream.NextAsync(), Is.Null, "the server ended the stream");
        Assert.That(stopping.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "the stop did not wait for the shutdown timeout (30 s)");
    }
}
