using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Accounts;

/// <summary>
/// One app, two Omnidesk accounts (two brands), each on its own emulator: keyed clients with their own keys and
/// circuit breakers, one route set per account with its own token, events that say which account they came from.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class SeveralAccountsTests
{
    [Test]
    public async Task TwoAccounts_EachConversationGoesToItsOwnOmnideskAndTheAgentsRepliesSayWhichAccount()
    {
        await using var app = await TwoBrandsApp.StartAsync();

        var sentA = await app.ChatA.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "shop-a-1", Message = "Where is my order?" });
        var sentB = await app.ChatB.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "shop-b-1", Message = "Waar is mijn bestelling?" });
        var replyA = await app.BrandA.Agent.SendMessageAsync("shop-a-1", "On its way", "Anna");
        var replyB = await app.BrandBEmulator.Agent.SendMessageAsync("shop-b-1", "Onderweg", "Bram");
        var endB = await app.BrandBEmulator.Agent.EndSessionAsync("shop-b-1");

        Assert.That((sentA.TicketId, sentB.TicketId), Is.EqualTo((EmulatorState.FirstTicketId, EmulatorState.FirstTicketId)), "each account's first ticket");
        var toA = app.BrandA.Requests.Single();
        var toB = app.BrandBEmulator.Requests.Single();
        Assert.That((toA.Headers["apiKey"], toA.Form["chatAccountToken"], toA.Form["chatServer"]), Is.EqualTo(("brand-a-api-key-0001", "brandAaccountToken01", app.ChatServerA)));
        Assert.That((toB.Headers["apiKey"], toB.Form["chatAccountToken"], toB.Form["chatServer"]), Is.EqualTo(("brand-b-api-key-0002", "brandBaccountToken02", app.ChatServerB)));
        Assert.That(toA.Form["message"], Is.EqualTo("Where is my order?"));
        Assert.That(toB.Form["message"], Is.EqualTo("Waar is mijn bestelling?"));
        Assert.That(new[] { replyA.StatusCode, replyB.StatusCode, endB.StatusCode }, Is.All.EqualTo(200));
        Assert.That(app.Recorder.Received.Select(received => received.Event), Is.EqualTo(new OmnideskHookpointEvent[]
        {
            new AgentMessageEvent("shop-a-1", "Anna", "On its way", null),
            new AgentMessageEvent("shop-b-1", "Bram", "Onderweg", null) { Account = TwoBrandsApp.BrandB },
            new SessionEndedEvent("shop-b-1") { Account = TwoBrandsApp.BrandB },
        }));
    }

    [Test]
    public async Task AppEndpoint_WithFromKeyedServices_EscalatesOnTheBrandBAccount()
    {
        await using var app = await TwoBrandsApp.StartAsync();
        using var http = new HttpClient { BaseAddress = app.Address };

        using var response = await http.PostAsync("brand-b/escalate/shop-b-7", content: null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadFromJsonAsync<long>(), Is.EqualTo(EmulatorState.FirstTicketId));
        Assert.That(app.BrandBEmulator.State.FindSession("shop-b-7"), Is.Not.Null);
        Assert.That(app.BrandA.Requests, Is.Empty);
    }

    [Test]
    public async Task AgentOfOneAccount_PostingWithItsTokenToTheOtherAccountsRoutes_Gets404()
    {
        await using var app = await TwoBrandsApp.StartAsync();
        var brandBTokenOnBrandARoutes = new Uri(OmnideskHookpointAddress.Build(app.Address, "/omnidesk", TwoBrandsApp.TokenB));
        var brandATokenOnBrandBRoutes = new Uri(OmnideskHookpointAddress.Build(app.Address, "/omnidesk/brand-b", TwoBrandsApp.TokenA));

        var onA = await app.BrandBEmulator.Agent.SendMessageAsync(brandBTokenOnBrandARoutes, "shop-b-1", "wrong door");
        var onB = await app.BrandA.Agent.SendMessageAsync(brandATokenOnBrandBRoutes, "shop-a-1", "wrong door");

        Assert.That((onA.StatusCode, onB.StatusCode), Is.EqualTo((404, 404)));
        Assert.That(app.Recorder.HandlerCalls, Is.Zero);
    }

    [Test]
    public async Task OutageOfOneAccount_OpensOnlyItsCircuitBreaker()
    {
        await using var app = await TwoBrandsApp.StartAsync(settings =>
        {
            foreach (var section in new[] { "Omnidesk", "Omnidesk:Accounts:brand-b" })
            {
                settings[$"{section}:Resilience:MaxRetryAttempts"] = "0";
                settings[$"{section}:Resilience:FailureRatio"] = "1";
                settings[$"{section}:Resilience:MinimumThroughput"] = "2";
                settings[$"{section}:Resilience:BreakDuration"] = "00:00:30";
            }
        });
        app.BrandBEmulator.Faults.Next(EmulatorEndpoint.RequestChatQueue, 2, EmulatorFault.Status(503));
        for (var i = 0; i < 2; i++)
        {
            Assert.ThrowsAsync<OmnideskApiException>(() => app.ChatB.RequestChatQueueAsync());
        }

        var open = Assert.ThrowsAsync<OmnideskUnavailableException>(() => app.ChatB.RequestChatQueueAsync())!;
        await app.ChatA.RequestChatQueueAsync();
        await app.ChatA.RequestChatQueueAsync();
        await app.ChatA.RequestChatQueueAsync();

        Assert.That(open.Reason, Is.EqualTo(OmnideskUnavailableReason.CircuitOpen));
        Assert.That(open.Message, Does.EndWith("see Omnidesk:Accounts:brand-b:Resilience:BreakDuration). Nothing was sent; try again later."));
        Assert.That(app.BrandBEmulator.Requests, Has.Count.EqualTo(2), "brand B's third call was not sent");
        Assert.That(app.BrandA.Requests, Has.Count.EqualTo(3), "brand A's breaker stayed closed: its three calls were sent and answered");
    }

    [Test]
    public async Task WrongApiKeyOfBrandB_IsReportedWithTheKeyOfItsSection()
    {
        await using var app = await TwoBrandsApp.StartAsync(settings => settings["Omnidesk:Accounts:brand-b:ApiKey"] = "revoked-api-key-0009");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => app.ChatB.RequestChatQueueAsync())!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(error.Message, Does.EndWith(" Check Omnidesk:Accounts:brand-b:ApiKey (a key with the API_CHAT permission) and the chat account token."));
        Assert.That(error.Message, Does.Not.Contain("revoked-api-key-0009"));
    }

    [Test]
    public void BrandBWithoutBaseAddress_FailsAtStartNamingItsSection()
    {
        var error = Assert.ThrowsAsync<OptionsValidationException>(() => TwoBrandsApp.StartAsync(settings =>
            settings.Remove("Omnidesk:Accounts:brand-b:BaseAddress")))!;

        Assert.That(error.Message, Is.EqualTo(
            "Omnidesk:Accounts:brand-b:BaseAddress is required: set it to your Omnidesk account's address, such as https://youraccount.omnidesk.com/."));
        Assert.That(error.OptionsName, Is.EqualTo(TwoBrandsApp.BrandB));
    }

    [Test]
    public void BrandBWithoutHookpointToken_FailsAtStartNamingItsSection()
    {
        var error = Assert.ThrowsAsync<OptionsValidationException>(() => TwoBrandsApp.StartAsync(settings =>
            settings["Omnidesk:Accounts:brand-b:Hookpoints:Token"] = "short"))!;

        Assert.That(error.Message, Is.EqualTo(
            "Omnidesk:Accounts:brand-b:Hookpoints:Token breaks its rule: it must be at least 32 characters, ASCII letters and digits only. " +
            "Make one with OmnideskHookpointAddress.GenerateToken() and keep it secret, or set RequireSecretToken = false for local development only."));
    }

    [Test]
    public async Task TokensOfBothAccounts_AreMaskedInEveryLogLine()
    {
        await using var app = await TwoBrandsApp.StartAsync();
        await app.ChatB.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "shop-b-2", Message = "Hallo" });
        await app.ChatA.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "shop-a-2", Message = "Hello" });

        await app.BrandBEmulator.Agent.SendMessageAsync("shop-b-2", "Goedemiddag");
        await app.BrandA.Agent.SendMessageAsync("shop-a-2", "Good afternoon");

        var logs = app.Logs.GetSnapshot();
        Assert.That(logs.Where(record => record.Message.Contains("/omnidesk/brand-b/***/messageForCustomer", StringComparison.Ordinal)), Is.Not.Empty, "ASP.NET Core logged brand B's request line, masked");
        Assert.That(logs.Where(record => record.Message.Contains("/omnidesk/***/messageForCustomer", StringComparison.Ordinal)), Is.Not.Empty, "and brand A's");
        foreach (var record in logs)
        {
            var text = record.Message + string.Join(";", record.StructuredState ?? []) + string.Join(";", record.Scopes);
            Assert.That(text, Does.Not.Contain(TwoBrandsApp.TokenA).And.Not.Contain(TwoBrandsApp.TokenB), record.Category);
        }
    }

    [Test]
    public async Task SecondRouteSetUnderAPrefixAlreadyMapped_IsRefusedAtStart()
    {
        await using var app = await TwoBrandsApp.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(() => app.App.MapOmnideskAccountHookpoints(TwoBrandsApp.BrandB, "/omnidesk"))!;

        Assert.That(error.Message, Is.EqualTo(
            "The Omnidesk hookpoint routes of the account 'brand-b' use the prefix '/omnidesk', which the routes of the unnamed receiver already use. " +
            "Give each account its own prefix, such as app.MapOmnideskAccountHookpoints(\"brand-b\", \"/omnidesk/brand-b\")."));
    }

    [TestCase("brand:b")]
    [TestCase("brand b")]
    public void HookpointAccountName_ThatCannotBeASection_IsRefusedLikeTheClients(string account)
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddOmnideskHookpoints<RecordingHookpointHandler>(account, _ => { }))!;

        Assert.That(error.Message, Does.StartWith($"The account name '{account}' must not contain ':' (it is one configuration section under Omnidesk:Accounts), white space or control characters."));
        Assert.That(services, Is.Empty);
    }

    [Test]
    public async Task MappingAnAccountThatWasNotRegistered_SaysWhatToCall()
    {
        await using var app = await TwoBrandsApp.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(() => app.App.MapOmnideskAccountHookpoints("brand-c"))!;

        Assert.That(error.Message, Is.EqualTo(
            "No Omnidesk hookpoint receiver is registered for the account 'brand-c': call services.AddOmnideskHookpoints<THandler>(\"brand-c\", …) " +
            "or, when its conversations are all that reads the agent's side, services.AddOmnideskHookpoints(\"brand-c\", …) " +
            "before app.MapOmnideskAccountHookpoints(\"brand-c\")."));
    }
}
