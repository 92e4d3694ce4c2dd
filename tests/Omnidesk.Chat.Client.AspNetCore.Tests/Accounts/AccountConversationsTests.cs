using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Conversations.Internal.Memory;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Accounts;

/// <summary>
/// Conversations per account: <c>AddOmnideskChat("brand-b").AddOmnideskConversations()</c> gives brand B its own
/// <see cref="IOmnideskConversations"/> (keyed), its own store and options, fed by brand B's route set, calling brand
/// B's Omnidesk; brand A's stay as they were.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class AccountConversationsTests
{
    [Test]
    public async Task TwoBrands_TheSameSessionIdInEach_AreTwoConversationsEachFedByItsOwnAgent()
    {
        await using var app = await TwoBrandsApp.StartAsync(chat: (a, b) =>
        {
            a.AddOmnideskConversations();
            b.AddOmnideskConversations();
        });
        var conversationsA = app.App.Services.GetRequiredService<IOmnideskConversations>();
        var conversationsB = app.App.Services.GetRequiredKeyedService<IOmnideskConversations>(TwoBrandsApp.BrandB);

        var startA = await conversationsA.StartAsync(new ConversationStartRequest { SessionId = "web-1", Message = "Where is my order?" });
        var startB = await conversationsB.StartAsync(new ConversationStartRequest { SessionId = "web-1", Message = "Waar is mijn bestelling?" });
        await app.BrandBEmulator.Agent.SendMessageAsync("web-1", "Onderweg", "Bram");
        await app.BrandA.Agent.SendMessageAsync("web-1", "On its way", "Anna");
        var eventsB = await EventReader.NextAsync(startB.Conversation!, 2);
        var eventsA = await EventReader.NextAsync(startA.Conversation!, 2);

        Assert.That((startA.Outcome, startB.Outcome), Is.EqualTo((ConversationStartOutcome.Started, ConversationStartOutcome.Started)), "one session id, one conversation per account");
        Assert.That(app.BrandA.Requests.Single().Form["chatServer"], Is.EqualTo(app.ChatServerA));
        Assert.That(app.BrandBEmulator.Requests.Single().Form["chatServer"], Is.EqualTo(app.ChatServerB));
        Assert.That(app.BrandBEmulator.Requests.Single().Form["message"], Is.EqualTo("Waar is mijn bestelling?"));
        Assert.That(eventsB.OfType<AgentMessage>().Single().Text, Is.EqualTo("Onderweg"));
        Assert.That(eventsA.OfType<AgentMessage>().Single().Text, Is.EqualTo("On its way"));
        Assert.That(eventsA.OfType<AgentJoined>().Single().AgentName, Is.EqualTo("Anna"), "brand B's agent never reached brand A's conversation");
        Assert.That((await conversationsB.ListOpenAsync()).Items.Select(c => c.SessionId), Is.EqualTo(new[] { "web-1" }));
        Assert.That(app.Recorder.Received.Select(received => received.Event.Account), Is.EqualTo(new string?[] { TwoBrandsApp.BrandB, null }), "the app's handlers still get every event, after it was stored");

        var sentB = await startB.Conversation!.SendAsync("Dank je");
        Assert.That(sentB.MessageNumber, Is.EqualTo(2), "brand B's conversation counts its own messages");
        Assert.That(app.BrandBEmulator.Requests.Count(r => r.Endpoint == EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(2));
        Assert.That(app.BrandA.Requests.Count(r => r.Endpoint == EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(1));
    }

    [Test]
    public async Task OnlyBrandB_HasConversations_AndItsOptionsComeFromItsAccountSectionAndDelegate()
    {
        await using var app = await TwoBrandsApp.StartAsync(
            change: settings => settings["Omnidesk:Accounts:brand-b:Conversations:IdleWarningText"] = "Deze chat sluit zo.",
            chat: (_, b) =>
            {
                b.AddOmnideskConversations();
                b.AddOmnideskConversations(options => options.StartTimeout = TimeSpan.FromMinutes(3)); // a second call adds to the first
            });

        Assert.That(app.App.Services.GetService<IOmnideskConversations>(), Is.Null, "no conversations for brand A");
        Assert.That(app.App.Services.GetRequiredKeyedService<IOmnideskConversations>(TwoBrandsApp.BrandB), Is.Not.Null);
        var options = app.App.Services.GetRequiredService<IOptionsMonitor<OmnideskConversationsOptions>>();
        Assert.That(options.Get(TwoBrandsApp.BrandB).IdleWarningText, Is.EqualTo("Deze chat sluit zo."));
        Assert.That(options.Get(TwoBrandsApp.BrandB).StartTimeout, Is.EqualTo(TimeSpan.FromMinutes(3)));
        var started = await app.App.Services.GetRequiredKeyedService<IOmnideskConversations>(TwoBrandsApp.BrandB)
            .StartAsync(new ConversationStartRequest { SessionId = "b-9", Message = "Hoi" });
        await app.BrandBEmulator.Agent.SendMessageAsync("b-9", "Dag!", "Bram");
        Assert.That((await EventReader.NextAsync(started.Conversation!, 2)).OfType<AgentMessage>().Single().Text, Is.EqualTo("Dag!"), "one hookpoint slot, however often it was called");
        Assert.That(app.Recorder.Received.Select(received => received.Event), Has.Exactly(1).Matches<OmnideskHookpointEvent>(e => e.Account == TwoBrandsApp.BrandB), "brand B's handler ran once");
        Assert.That(options.CurrentValue.IdleWarningText, Is.Not.EqualTo("Deze chat sluit zo."));

        await app.ChatA.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "shop-a-1", Message = "Hi" });
        var reply = await app.BrandA.Agent.SendMessageAsync("shop-a-1", "Hello", "Anna");
        Assert.That(reply.StatusCode, Is.EqualTo(200));
        Assert.That(app.Recorder.Received.Last().Event, Is.EqualTo(new AgentMessageEvent("shop-a-1", "Anna", "Hello", null)), "brand A's receiver runs its handler alone");
    }

    [Test]
    public void BrandBOptions_Invalid_StartFailsNamingTheAccountsKey()
    {
        var failure = Assert.ThrowsAsync<OptionsValidationException>(() => TwoBrandsApp.StartAsync(
            change: settings => settings["Omnidesk:Accounts:brand-b:Conversations:StartTimeout"] = "00:00:00",
            chat: (a, b) =>
            {
                a.AddOmnideskConversations();
                b.AddOmnideskConversations();
            }));

        Assert.That(failure!.Failures, Is.EqualTo(new[] { "Omnidesk:Accounts:brand-b:Conversations:StartTimeout must be positive; it is 00:00:00." }));
    }

    [Test]
    public async Task BrandBHandler_RegisteredAfterItsConversations_BothRun_AndBrandAsReceiverRunsOnlyItsHandler()
    {
        await using var app = await TwoBrandsApp.StartAsync(
            brandBHandler: false,
            chat: (_, b) => b.AddOmnideskConversations(),
            moreServices: services => services.AddOmnideskHookpoints<RecordingHookpointHandler>(TwoBrandsApp.BrandB));
        var started = await app.App.Services.GetRequiredKeyedService<IOmnideskConversations>(TwoBrandsApp.BrandB)
            .StartAsync(new ConversationStartRequest { SessionId = "late-1", Message = "Hoi" });
        await app.ChatA.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "late-1", Message = "Hi" });

        // Brand A's agent first, on the same session id: had it reached brand B's intake, it would be brand B's first event.
        var answerA = await app.BrandA.Agent.SendMessageAsync("late-1", "Hello", "Anna");
        var answerB = await app.BrandBEmulator.Agent.SendMessageAsync("late-1", "Dag!", "Bram");

        Assert.That((answerA.StatusCode, answerB.StatusCode), Is.EqualTo((200, 200)));
        Assert.That((await EventReader.NextAsync(started.Conversation!, 2)).Select(e => e is AgentMessage message ? message.Text : e.GetType().Name),
            Is.EqualTo(new[] { nameof(AgentJoined), "Dag!" }), "brand B's conversations were fed by brand B's routes only");
        Assert.That(app.Recorder.Received.Select(received => received.Event), Is.EqualTo(new OmnideskHookpointEvent[]
        {
            new AgentMessageEvent("late-1", "Anna", "Hello", null),
            new AgentMessageEvent("late-1", "Bram", "Dag!", null) { Account = TwoBrandsApp.BrandB },
        }), "brand B's handler, registered after its conversations, still runs; brand A's runs alone");
    }

    [Test]
    public async Task BrandB_ConversationsAlone_ReceiverWithoutHandler_RecordsEveryEvent()
    {
        await using var app = await TwoBrandsApp.StartAsync(brandBHandler: false, chat: (_, b) => b.AddOmnideskConversations());
        var started = await app.App.Services.GetRequiredKeyedService<IOmnideskConversations>(TwoBrandsApp.BrandB)
            .StartAsync(new ConversationStartRequest { SessionId = "alone-1", Message = "Hoi" });

        var answer = await app.BrandBEmulator.Agent.SendMessageAsync("alone-1", "Dag!", "Bram");
        var ended = await app.BrandBEmulator.Agent.EndSessionAsync("alone-1");

        Assert.That((answer.StatusCode, answer.Body, ended.StatusCode), Is.EqualTo((200, "ok", 200)));
        Assert.That((await EventReader.NextAsync(started.Conversation!, 3)).Select(e => e.GetType().Name),
            Is.EqualTo(new[] { nameof(AgentJoined), nameof(AgentMessage), nameof(ConversationEnded) }));
        Assert.That(app.Recorder.Received, Is.Empty, "brand B has no handler, and brand A's is not brand B's");
    }

    [Test]
    public async Task BrandB_UseStore_ReplacesOnlyBrandBsStore()
    {
        MemoryConversationStore? brandBStore = null;
        await using var app = await TwoBrandsApp.StartAsync(chat: (a, b) =>
        {
            a.AddOmnideskConversations();
            b.AddOmnideskConversations().UseStore(_ => brandBStore = new MemoryConversationStore(new OmnideskMemoryStoreOptions(), TimeProvider.System));
        });

        var conversationsA = app.App.Services.GetRequiredService<IOmnideskConversations>();
        var conversationsB = app.App.Services.GetRequiredKeyedService<IOmnideskConversations>(TwoBrandsApp.BrandB);
        await conversationsA.StartAsync(new ConversationStartRequest { SessionId = "a-1", Message = "Hi" });
        await conversationsB.StartAsync(new ConversationStartRequest { SessionId = "b-1", Message = "Hoi" });

        Assert.That(brandBStore, Is.Not.Null);
        Assert.That(await brandBStore!.GetAsync("b-1", CancellationToken.None), Is.Not.Null);
        Assert.That(await brandBStore.GetAsync("a-1", CancellationToken.None), Is.Null, "brand A's conversation is in brand A's store");
        Assert.That(await conversationsA.GetAsync("a-1"), Is.Not.Null);
    }
}
