using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Omnidesk.Chat.Client.WireMockTests.OwnApi;

/// <summary>
/// <c>AddOmnideskChat(...).AddOmnideskApi&lt;ITicketsApi&gt;()</c>: a user's own Refit interface for endpoints the SDK
/// does not model, answered by WireMock.Net, gets the account's address, key, User-Agent, retry rule, span and
/// exceptions. Not parallel: the span test listens to the SDK's activity source.
/// </summary>
[NonParallelizable]
public sealed class AddOmnideskApiTests
{
    private const string Case42 = """{"case":{"case_id":42,"subject":"Refund"}}""";

    [Test]
    public async Task Get_GoesToTheAccountWithItsKeyAndUserAgent()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet().WithPath("/api/cases/42.json").WithHeader("apiKey", "main-api-key-0001")).RespondWith(Json(Case42));
        await using var provider = Services(services => services.AddOmnideskChat(o => Point(o, server, "main-api-key-0001")).AddOmnideskApi<ITicketsApi>(TicketsJsonContext.Default));

        var ticket = await provider.GetRequiredService<ITicketsApi>().GetCaseAsync(42);

        var request = server.LogEntries.Single().RequestMessage;
        Assert.That(ticket.Case, Is.EqualTo(new Case(42, "Refund")));
        Assert.That(request.Url, Is.EqualTo(server.Url + "/api/cases/42.json"));
        Assert.That(request.Headers!["User-Agent"].Single(), Does.StartWith("Omnidesk.Chat.Client/"));
    }

    [Test]
    public async Task Get_Answered503_IsRetriedAndSucceeds()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet().WithPath("/api/cases/42.json")).InScenario("flaky").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        server.Given(Request.Create().UsingGet().WithPath("/api/cases/42.json")).InScenario("flaky").WhenStateIs("up").RespondWith(Json(Case42));
        await using var provider = Services(services => services.AddOmnideskChat(o => Point(o, server, "main-api-key-0001")).AddOmnideskApi<ITicketsApi>(TicketsJsonContext.Default));

        var ticket = await provider.GetRequiredService<ITicketsApi>().GetCaseAsync(42);

        Assert.That(ticket.Case.Subject, Is.EqualTo("Refund"));
        Assert.That(server.LogEntries.Select(e => e.ResponseMessage.StatusCode), Is.EqualTo(new object[] { 503, 200 }));
    }

    [Test]
    public async Task Post_Answered500_IsNotSentAgainAndThrowsTheSdksException()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingPost().WithPath("/api/cases.json")).RespondWith(Response.Create().WithStatusCode(500).WithBody("""{"status":"error","message":"Database busy"}"""));
        await using var provider = Services(services => services.AddOmnideskChat(o => Point(o, server, "main-api-key-0001")).AddOmnideskApi<ITicketsApi>(TicketsJsonContext.Default));

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => provider.GetRequiredService<ITicketsApi>().CreateCaseAsync(new CaseEnvelope(new Case(0, "Refund"))))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(error.Message, Is.EqualTo("ITicketsApi.CreateCaseAsync failed with 500: Database busy. The failure is on Omnidesk's side: try again later."));
        Assert.That(server.LogEntries, Has.Count.EqualTo(1), "a POST the server may have acted on is not sent again");
    }

    [Test]
    public async Task Call_IsOneSpanNamedAfterTheMethodWithItsTemplateAndAccount()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet().WithPath("/api/cases/42.json")).RespondWith(Json(Case42));
        await using var provider = Services(services => services.AddOmnideskChat("brand-b", o => Point(o, server, "brand-b-api-key-0002")).AddOmnideskApi<ITicketsApi>(TicketsJsonContext.Default));
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OmnideskDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        await provider.GetRequiredKeyedService<ITicketsApi>("brand-b").GetCaseAsync(42);

        var span = spans.Single(s => s.OperationName == "ITicketsApi.GetCaseAsync");
        Assert.That(span.Kind, Is.EqualTo(ActivityKind.Client));
        Assert.That(span.GetTagItem("http.request.method"), Is.EqualTo("GET"));
        Assert.That(span.GetTagItem("url.template"), Is.EqualTo("api/cases/{caseId}.json"));
        Assert.That(span.GetTagItem("omnidesk.outcome"), Is.EqualTo("success"));
        Assert.That(span.GetTagItem("omnidesk.account"), Is.EqualTo("brand-b"));
    }

    [Test]
    public async Task SecondAccount_SendsItsOwnKey()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet().WithPath("/api/cases/42.json")).RespondWith(Json(Case42));
        await using var provider = Services(services =>
        {
            services.AddOmnideskChat(o => Point(o, server, "main-api-key-0001")).AddOmnideskApi<ITicketsApi>(TicketsJsonContext.Default);
            services.AddOmnideskChat("brand-b", o => Point(o, server, "brand-b-api-key-0002")).AddOmnideskApi<ITicketsApi>(TicketsJsonContext.Default);
        });

        await provider.GetRequiredKeyedService<ITicketsApi>("brand-b").GetCaseAsync(42);
        await provider.GetRequiredService<ITicketsApi>().GetCaseAsync(42);

        Assert.That(server.LogEntries.Select(e => e.RequestMessage.Headers!["apiKey"].Single()), Is.EqualTo(new[] { "brand-b-api-key-0002", "main-api-key-0001" }));
    }

    [Test]
    public async Task KeyInTheQuery_WhenConfiguredSo_GoesInTheQueryAndNotInAHeader()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet().WithPath("/api/cases/42.json").WithParam("apiKey", "main-api-key-0001")).RespondWith(Json(Case42));
        await using var provider = Services(services => services.AddOmnideskChat(o =>
        {
            Point(o, server, "main-api-key-0001");
            o.ApiKeyLocation = ApiKeyLocation.Query;
        }).AddOmnideskApi<ITicketsApi>(TicketsJsonContext.Default));

        await provider.GetRequiredService<ITicketsApi>().GetCaseAsync(42);

        var request = server.LogEntries.Single().RequestMessage;
        Assert.That(request.Url, Is.EqualTo(server.Url + "/api/cases/42.json?apiKey=main-api-key-0001"));
        Assert.That(request.Headers!.ContainsKey("apiKey"), Is.False);
    }

    private static ServiceProvider Services(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static void Point(OmnideskChatOptions options, WireMockServer server, string apiKey)
    {
        options.BaseAddress = new Uri(server.Url! + "/");
        options.ApiKey = apiKey;
        options.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
    }

    private static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);
}
