using System.Net;
using WireMock.ResponseBuilders;
using static Omnidesk.Chat.Client.WireMockTests.Support.WireMockAccount;

namespace Omnidesk.Chat.Client.WireMockTests;

/// <summary>
/// WireMock's own faults, delays and scenarios, each asserting the outcome type the caller gets and how many
/// requests WireMock logged: a message is never sent twice unless the answer proved it was not stored.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class FaultTests
{
    private const string MessagePath = "/api/v2/chat/notifyUserNewChatMessage";

    private static NewChatMessage Hello => new() { ChatSessionId = "session-7", Message = "Hello" };

    [Test]
    public async Task EmptyResponse_OnAMessage_IsDeliveryUnknownAndNotSentAgain()
    {
        using var account = Start();
        account.Server.Given(V2Form(MessagePath, ("chatSessionID", "session-7"), ("message", "Hello")))
            .RespondWith(Fixture("notifyUserNewChatMessage").WithFault(FaultType.EMPTY_RESPONSE));

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(() => account.CallAsync(() => account.Chat.NotifyUserNewChatMessageAsync(Hello)))!;

        Assert.That(error.Message, Does.StartWith("notifyUserNewChatMessage: delivery unknown — the request was sent but Omnidesk answered 200 with a body that could not be read"));
        Assert.That(((OmnideskApiException)error.InnerException!).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(account.RequestsTo(MessagePath), Is.EqualTo(1));
    }

    [Test]
    public async Task MalformedResponseChunk_OnAMessage_IsDeliveryUnknownAndNotSentAgain()
    {
        using var account = Start();
        account.Server.Given(V2Form(MessagePath, ("chatSessionID", "session-7"), ("message", "Hello")))
            .RespondWith(Fixture("notifyUserNewChatMessage").WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(() => account.CallAsync(() => account.Chat.NotifyUserNewChatMessageAsync(Hello)))!;

        Assert.That(error.Attempts, Is.EqualTo(1));
        Assert.That(account.RequestsTo(MessagePath), Is.EqualTo(1));
    }

    [Test]
    public async Task MalformedResponseChunk_OnARead_IsAnApiErrorWithTheStatus()
    {
        using var account = Start();
        account.Server.Given(V2Form("/api/v2/chat/requestChatQueue", ("chatAccountToken", ChatAccountToken)))
            .RespondWith(Fixture("requestChatQueue").WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => account.CallAsync(() => account.Chat.RequestChatQueueAsync()))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(error.Message, Does.StartWith("requestChatQueue failed: Omnidesk answered 200 with a body that is not the JSON expected"));
        Assert.That(account.RequestsTo("/api/v2/chat/requestChatQueue"), Is.EqualTo(1), "an answer that came whole is not sent for again");
    }

    [Test]
    public async Task DelayPastTheAttemptTimeout_OnAMessage_IsDeliveryUnknownAndNotSentAgain()
    {
        using var account = Start(r => r.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        account.Server.Given(V2Form(MessagePath, ("message", "Hello")))
            .RespondWith(Fixture("notifyUserNewChatMessage").WithDelay(TimeSpan.FromSeconds(1)));

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(() => account.CallAsync(() => account.Chat.NotifyUserNewChatMessageAsync(Hello)))!;

        Assert.That(error.Message, Does.Contain("no answer came within the attempt timeout of 0.3 s"));
        await account.AssertRequestsToAsync(MessagePath, 1);
    }

    [Test]
    public async Task DelayPastTheAttemptTimeout_OnARead_IsRetriedThenTimedOut()
    {
        using var account = Start(r =>
        {
            r.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            r.MaxRetryAttempts = 2;
        });
        account.Server.Given(V2Form("/api/v2/chat/requestChatQueue", ("chatAccountToken", ChatAccountToken)))
            .RespondWith(Fixture("requestChatQueue").WithDelay(TimeSpan.FromSeconds(1)));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(() => account.CallAsync(() => account.Chat.RequestChatQueueAsync()))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.TimedOut));
        Assert.That(error.Attempts, Is.EqualTo(3));
        await account.AssertRequestsToAsync("/api/v2/chat/requestChatQueue", 3);
    }

    [Test]
    public async Task Scenario_503WithRetryAfterThen200_SendsTheMessageTwiceAndSucceeds()
    {
        using var account = Start();
        account.Server.Given(V2Form(MessagePath, ("message", "Hello")))
            .InScenario("overloaded").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "1")
                .WithHeader("Content-Type", "application/json").WithBody("""{"status":"error","message":"Service Unavailable"}"""));
        account.Server.Given(V2Form(MessagePath, ("message", "Hello")))
            .InScenario("overloaded").WhenStateIs("recovered")
            .RespondWith(Fixture("notifyUserNewChatMessage"));

        var result = await account.CallAsync(() => account.Chat.NotifyUserNewChatMessageAsync(Hello));

        Assert.That(result.TicketId, Is.EqualTo(12312));
        Assert.That(account.Server.LogEntries.Select(e => e.ResponseMessage.StatusCode), Is.EqualTo(new object[] { 503, 200 }));
    }

    [Test]
    public async Task ErrorBody_EchoingATokenSetOnTheRequest_IsMaskedInTheException()
    {
        const string RequestToken = "zz9yy8xx7ww6vv5uu4tt";
        using var account = Start();
        account.Server.Given(V2Form(MessagePath, ("chatAccountToken", RequestToken)))
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"status":"error","message":"Invalid chat account token {{RequestToken}}"}"""));

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => account.CallAsync(() =>
            account.Chat.NotifyUserNewChatMessageAsync(Hello with { ChatAccountToken = RequestToken })))!;

        Assert.That(error.ServerMessage, Is.EqualTo("Invalid chat account token ***"));
        Assert.That(error.Message, Does.Not.Contain(RequestToken));
        Assert.That(error.ResponseBody, Does.Not.Contain(RequestToken));
    }
}
