using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests;

/// <summary>Only the holder of the token (and, when configured, a sender in an allowed network) reaches the handler.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class HookpointAuthenticityTests
{
    [TestCase("omnidesk/Tk9f3Qm2Lr8Xw1Zp5Vb7Nc4Hd6Js0Ga2Yf/endSession", TestName = "WrongToken_LastCharacter_Answers404AndHandlerIsNotCalled")]
    [TestCase("omnidesk/TK9F3QM2LR8XW1ZP5VB7NC4HD6JS0GA2YE/endSession", TestName = "WrongToken_OtherCase_Answers404AndHandlerIsNotCalled")]
    [TestCase("omnidesk/Tk9f3Qm2/endSession", TestName = "WrongToken_Prefix_Answers404AndHandlerIsNotCalled")]
    [TestCase("omnidesk/endSession", TestName = "MissingToken_Answers404AndHandlerIsNotCalled")]
    [TestCase("omnidesk//endSession", TestName = "EmptyToken_Answers404AndHandlerIsNotCalled")]
    public async Task Token_NotTheSecret_Answers404AndHandlerIsNotCalled(string path)
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.Client.PostAsync(path, HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
        Assert.That(server.Recorder.HandlerCalls, Is.Zero);
    }

    [Test]
    public async Task AllowedNetworks_SenderOutside_Answers403AndHandlerIsNotCalled()
    {
        await using var server = await HookpointTestServer.StartAsync(options =>
        {
            options.AllowedNetworks.Add("203.0.113.0/24");
            options.AllowedNetworks.Add("2001:db8::/32");
        });

        using var response = await server.PostAsync("endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(server.Recorder.HandlerCalls, Is.Zero);
        Assert.That(server.HookpointLogs.Select(entry => entry.Message), Has.Some.EqualTo(
            "Hookpoint EndSession refused with 403: source 127.0.0.1 is outside the allowed networks."));
    }

    [Test]
    public async Task AllowedNetworks_SenderInside_ReachesHandler()
    {
        await using var server = await HookpointTestServer.StartAsync(options => options.AllowedNetworks.Add("127.0.0.0/8"));

        using var response = await server.PostAsync("endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(server.Recorder.Received.Single().Event, Is.EqualTo(new SessionEndedEvent("s1")));
    }

    [Test]
    public async Task RequireSecretTokenOff_RoutesHaveNoTokenAndAWarningIsLoggedAtStart()
    {
        await using var server = await HookpointTestServer.StartAsync(options =>
        {
            options.Token = null;
            options.RequireSecretToken = false;
        });

        using var response = await server.Client.PostAsync("omnidesk/endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var warning = server.HookpointLogs.Single(entry => entry.Id.Id == 1);
        Assert.That(warning.Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(warning.Message, Does.StartWith("Omnidesk hookpoints under '/omnidesk' are mapped WITHOUT a secret token"));
    }

    [TestCase(null, "OmnideskHookpointOptions.Token is missing: it must be at least 32 characters, ASCII letters and digits only.")]
    [TestCase("tooShort123", "OmnideskHookpointOptions.Token breaks its rule: it must be at least 32 characters, ASCII letters and digits only.")]
    [TestCase("Tk9f3Qm2Lr8Xw1Zp5Vb7Nc4Hd6Js0Ga2Y_", "OmnideskHookpointOptions.Token breaks its rule: it must be at least 32 characters, ASCII letters and digits only.")]
    public void Start_BadToken_FailsNamingTheRuleNotTheToken(string? token, string expectedStart)
    {
        var exception = Assert.ThrowsAsync<OptionsValidationException>(() => HookpointTestServer.StartAsync(options => options.Token = token));

        Assert.That(exception!.Message, Does.StartWith(expectedStart));
        if (token is not null)
        {
            Assert.That(exception.Message, Does.Not.Contain(token));
        }
    }

    [Test]
    public void Start_BadNetwork_FailsNamingTheEntry()
    {
        var exception = Assert.ThrowsAsync<OptionsValidationException>(() => HookpointTestServer.StartAsync(options => options.AllowedNetworks.Add("10.0.0.0/33")));

        Assert.That(exception!.Message, Does.StartWith("OmnideskHookpointOptions.AllowedNetworks entry '10.0.0.0/33' is not a CIDR network"));
    }

    [Test]
    public async Task AddFromConfiguration_SectionValues_AreUsed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Omnidesk:Hookpoints:Token"] = HookpointTestServer.Token,
            ["Omnidesk:Hookpoints:AllowedNetworks:0"] = "10.0.0.0/8",
        }).Build();
        await using var server = await HookpointTestServer.StartAsync(
            services => services.AddOmnideskHookpoints<RecordingHookpointHandler>(configuration.GetSection("Omnidesk:Hookpoints")));

        using var response = await server.PostAsync("endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the token matched, the network did not");
    }

    [Test]
    public async Task AddWithoutArguments_BindsTheDefaultSection()
    {
        await using var server = await HookpointTestServer.StartAsync(
            services => services.AddOmnideskHookpoints<RecordingHookpointHandler>(),
            configureBuilder: builder => builder.Configuration["Omnidesk:Hookpoints:Token"] = HookpointTestServer.Token);

        using var response = await server.PostAsync("endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void Map_WithoutAdd_ThrowsSayingWhatToCall()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        Assert.That(() => app.MapOmnideskHookpoints(), Throws.InvalidOperationException.With.Message.EqualTo(
            "Call services.AddOmnideskHookpoints<THandler>(), or AddOmnideskHookpoints() when conversations are all that reads the agent's side, before app.MapOmnideskHookpoints()."));
    }

    [Test]
    public async Task Routes_HaveAntiforgeryDisabledAndOnlyAcceptPost()
    {
        await using var server = await HookpointTestServer.StartAsync();
        var endpoints = server.App.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .Where(endpoint => endpoint.DisplayName?.StartsWith("Omnidesk hookpoint", StringComparison.Ordinal) == true).ToList();

        Assert.That(endpoints, Has.Count.EqualTo(4));
        Assert.That(endpoints.Select(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Antiforgery.IAntiforgeryMetadata>()?.RequiresValidation),
            Is.All.EqualTo(false));
        using var get = await server.Client.GetAsync($"{server.HookpointBase}/endSession");
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task Logs_OfTheHookpoints_NeverContainTheToken()
    {
        await using var server = await HookpointTestServer.StartAsync(
            onEvent: (_, _) => throw new InvalidOperationException("database down"));

        (await server.PostAsync("endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1")))).Dispose();
        (await server.PostAsync("endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("other", "s1")))).Dispose();
        (await server.Client.PostAsync($"{server.HookpointBase}x/endSession", new StringContent(""))).Dispose();

        // Our own entries only: ASP.NET Core's request logging (Microsoft.AspNetCore.Hosting.Diagnostics at
        // Information) writes every request path, token included; the README says to raise that category to Warning.
        var logged = server.HookpointLogs.Select(entry => $"{entry.Level} {entry.Category}[{entry.Id.Id}]: {entry.Message} {entry.Exception}").ToList();
        Assert.That(logged, Has.Count.EqualTo(3));
        Assert.That(logged, Has.None.Contains(HookpointTestServer.Token));
    }
}
