using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.ConversationEvents;

/// <summary>Who may read which session: the app's callback decides, and the mapping refuses to start without one.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ConversationEventsAccessTests
{
    [Test]
    public async Task Request_ForAnotherCustomersSession_IsRefusedAsTheCallbackDecides_AndNothingIsStreamed()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var app = await EventsTestApp.StartAsync(emulator, EventsTestApp.NewStore());
        await app.StartConversationAsync("zoe-chat", "zoe");
        await emulator.Agent.SendMessageAsync("zoe-chat", "Your address is …", "Anna");

        await using var anonymous = await app.OpenAsync("zoe-chat", customer: null);
        await using var otherCustomer = await app.OpenAsync("zoe-chat", "mallory");
        await using var unknownSession = await app.OpenAsync("nobodys-chat", "mallory");
        var bodies = new[] { await anonymous.ReadBodyAsync(), await otherCustomer.ReadBodyAsync(), await unknownSession.ReadBodyAsync() };

        Assert.That(
            new[] { anonymous.Response.StatusCode, otherCustomer.Response.StatusCode, unknownSession.Response.StatusCode },
            Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound }));
        Assert.That(bodies, Has.All.Not.Contain("Your address"));
        Assert.That(app.Asked, Is.EqualTo(new[] { "zoe-chat", "zoe-chat", "nobodys-chat" }), "the callback gets the route's session id");
    }

    [Test]
    public async Task Request_AllowedForASessionWithNoConversation_Answers404()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var app = await EventsTestApp.StartAsync(emulator, EventsTestApp.NewStore());
        app.Owners["not-started"] = "zoe";

        await using var stream = await app.OpenAsync("not-started", "zoe");

        Assert.That(stream.Response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void Map_WithoutAnAuthorizationCallback_ThrowsAtStart()
    {
        var app = AppWithConversations();

        var error = Assert.Throws<ArgumentNullException>(() => app.MapOmnideskConversationEvents("/chat/{sessionId}/events", null!));

        Assert.That(error!.ParamName, Is.EqualTo("authorize"));
    }

    [Test]
    public void Map_PatternWithoutSessionId_ThrowsAndSaysWhichParameter()
    {
        var app = AppWithConversations();

        var error = Assert.Throws<ArgumentException>(() => app.MapOmnideskConversationEvents("/chat/events", Allow));

        Assert.That(error!.Message, Does.StartWith("The pattern '/chat/events' needs a {sessionId} parameter."));
    }

    [Test]
    public void Map_HeartbeatOfZero_Throws()
    {
        var app = AppWithConversations();

        var error = Assert.Throws<ArgumentException>(() => app.MapOmnideskConversationEvents("/chat/{sessionId}/events", Allow, o => o.HeartbeatInterval = TimeSpan.Zero));

        Assert.That(error!.Message, Does.StartWith("HeartbeatInterval must be more than 0 and at most 1 hour; it is 00:00:00."));
    }

    [Test]
    public void Map_WithoutConversations_OrForAnUnregisteredAccount_SaysWhatToCall()
    {
        var bare = WebApplication.CreateSlimBuilder().Build();
        var withConversations = AppWithConversations();

        var none = Assert.Throws<InvalidOperationException>(() => bare.MapOmnideskConversationEvents("/chat/{sessionId}/events", Allow));
        var account = Assert.Throws<InvalidOperationException>(() => withConversations.MapOmnideskConversationEvents("/b/{sessionId}/events", Allow, o => o.Account = "brand-b"));

        Assert.That(none!.Message, Is.EqualTo("Call services.AddOmnideskChat().AddOmnideskConversations() before app.MapOmnideskConversationEvents()."));
        Assert.That(account!.Message, Is.EqualTo("No conversations are registered for the account 'brand-b': call services.AddOmnideskChat(\"brand-b\").AddOmnideskConversations() first."));
    }

    private static ValueTask<ConversationEventsAccess> Allow(Microsoft.AspNetCore.Http.HttpContext http, string sessionId) =>
        ValueTask.FromResult(ConversationEventsAccess.Allow);

    private static WebApplication AppWithConversations()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddOmnideskHookpoints(o => o.Token = EventsTestApp.Token);
        builder.Services.AddOmnideskChat(chat =>
        {
            chat.BaseAddress = new Uri("http://127.0.0.1:1/");
            chat.ApiKey = "k";
            chat.ChatAccountToken = "t";
            chat.ChatServerToken = "s";
        }).AddOmnideskConversations();
        return builder.Build();
    }
}
