using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>notifyUserNewChatEvent, notifyUserVisited and notifyUserEndChat on an open session.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SessionNotificationTests
{
    [TestCase("startedtyping")]
    [TestCase("stoppedtyping")]
    [TestCase("expandedchat")]
    [TestCase("minimizedchat")]
    public async Task NotifyUserNewChatEvent_EachDocumentedEvent_SendsServerSessionAndEvent(string eventName)
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");

        var result = await host.Api.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = "session-1", Event = new ChatEventType(eventName) });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/notifyUserNewChatEvent",
            ("chatServer", ChatTestHost.ChatServer),
            ("chatSessionID", "session-1"),
            ("event", eventName));
        Assert.That(result.Message, Is.EqualTo("Event sent."));
        Assert.That(host.Emulator.State.FindSession("session-1")!.Events.Single().Event, Is.EqualTo(eventName));
    }

    [Test]
    public async Task NotifyUserNewChatEvent_KnownEventInOtherCase_IsSentInTheDocumentedCase()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");

        await host.Api.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = "session-1", Event = "StartedTyping" });

        Assert.That(host.SingleRequest.Form["event"], Is.EqualTo("startedtyping"));
    }

    [Test]
    public async Task NotifyUserVisited_Page_SendsServerSessionAndUrl()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");

        var result = await host.Api.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = "session-1", Url = "https://www.brand.com/pricing?plan=gold" });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/notifyUserVisited",
            ("chatServer", ChatTestHost.ChatServer),
            ("chatSessionID", "session-1"),
            ("url", "https://www.brand.com/pricing?plan=gold"));
        Assert.That(result.Type, Is.EqualTo("result"));
        Assert.That(host.Emulator.State.FindSession("session-1")!.Visits.Single().Url, Is.EqualTo("https://www.brand.com/pricing?plan=gold"));
    }

    [Test]
    public async Task NotifyUserEndChat_OpenSession_SendsServerAndSessionAndEndsIt()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");

        var result = await host.Api.NotifyUserEndChatAsync(new EndChat { ChatSessionId = "session-1" });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/notifyUserEndChat",
            ("chatServer", ChatTestHost.ChatServer),
            ("chatSessionID", "session-1"));
        Assert.That(result.Message, Is.EqualTo("Session ended."));
        Assert.That(host.Emulator.State.FindSession("session-1")!.Ended, Is.True);
    }

    [Test]
    public async Task NotifyUserEndChat_ChatServerOnTheRequest_OverridesTheOption()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");

        await host.Api.NotifyUserEndChatAsync(new EndChat { ChatSessionId = "session-1", ChatServer = "10.0.0.7:8080" });

        Assert.That(host.SingleRequest.Form["chatServer"], Is.EqualTo("10.0.0.7:8080"));
    }
}
