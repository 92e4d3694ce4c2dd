using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// Which calls are sent again after a failure, and which are not: reads on any transient failure; calls that
/// create something only when the failure proves the server did not act on them.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class RetryTests
{
    [Test]
    public async Task GetWhitelistedDomains_Through503Twice_SucceedsAfterWaitingTheRetryAfter()
    {
        var clock = new FakeTimeProvider();
        await using var client = await EmulatedClient.StartAsync(logging: b => b.AddFakeLogging(), moreServices: s => s.AddSingleton<TimeProvider>(clock));
        var logs = client.Services.GetRequiredService<FakeLogCollector>();
        client.Emulator.Options.WhitelistedDomains.Add("brand.example.com");
        client.Emulator.Faults.Next(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, 2, EmulatorFault.Status(503, TimeSpan.FromSeconds(1)));

        // Each Retry-After: 1 is waited out on the application's clock (the base delay is 10 ms) before the next attempt.
        var call = client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync();
        await FakeClockCalls.RetriesScheduled(logs, 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await FakeClockCalls.RetriesScheduled(logs, 2);
        clock.Advance(TimeSpan.FromSeconds(1));
        var lists = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(logs.GetSnapshot().Where(r => r.Id.Id == 4).Select(r => r.Message[^10..]), Is.EqualTo(new[] { "in 1000 ms", "in 1000 ms" }));
        Assert.That(lists.AdditionalProperties!["whitelistedDomains"].GetRawText(), Is.EqualTo("""["brand.example.com"]"""));
        Assert.That(
            client.Emulator.Requests.Where(r => r.Endpoint == EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps).Select(r => r.ResponseStatus),
            Is.EqualTo(new int?[] { 503, 503, 200 }));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_Through503ThenOk_IsStoredExactlyOnce()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(503));

        var result = await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello, I need help"));

        Assert.That(result.TicketId, Is.EqualTo(EmulatorState.FirstTicketId));
        Assert.That(client.Stored("session-1", "Hello, I need help"), Is.EqualTo(1));
        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(2));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_Through429ThenOk_IsStoredExactlyOnce()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(429));

        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));

        Assert.That(client.Stored("session-1", "Hello"), Is.EqualTo(1));
        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(2));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_ConnectionDropsAfterTheServerStoredIt_ThrowsDeliveryUnknownAndIsStoredOnce()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.DropAfterProcessing());

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Where is my order?")))!;

        Assert.That(error.Operation, Is.EqualTo("notifyUserNewChatMessage"));
        Assert.That(error.Attempts, Is.EqualTo(1));
        Assert.That(error.Message, Does.StartWith("notifyUserNewChatMessage: delivery unknown — the request was sent but the connection was lost"));
        Assert.That(error.Message, Does.Contain("the server may or may not have stored it; check before sending again"));
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
        Assert.That(client.Stored("session-1", "Where is my order?"), Is.EqualTo(1));
        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(1), "not sent again");
    }

    [Test]
    public async Task NotifyUserNewChatMessage_ConnectionDropsBeforeTheServerActed_ThrowsDeliveryUnknownAndIsNotSentAgain()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.DropBeforeProcessing());

        Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")));

        Assert.That(client.Stored("session-1", "Hello"), Is.Zero, "a dropped connection looks the same either way, so the caller is told it is unknown");
        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(1));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_ServerSlowerThanTheAttemptTimeout_ThrowsDeliveryUnknownAndIsNotSentAgain()
    {
        await using var client = await EmulatedClient.StartAsync(r => r.AttemptTimeout = TimeSpan.FromMilliseconds(200));
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Delay(TimeSpan.FromMilliseconds(800)));

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Message, Does.Contain("no answer came within the attempt timeout of 0.2 s (Omnidesk:Resilience:AttemptTimeout)"));
        Assert.That(client.Emulator.Requests.Count(r => r.Endpoint == EmulatorEndpoint.NotifyUserNewChatMessage && r.Fault is null), Is.Zero, "not sent again");
    }

    [Test]
    public async Task NotifyUserNewChatMessage_500_IsNotSentAgain()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(500));

        var error = Assert.ThrowsAsync<OmnideskApiException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(1), "a 500 does not prove the message was not stored");
    }

    [Test]
    public async Task NotifyUserNewChatEvent_ConnectionDropsAfterProcessing_IsSentAgainAndSucceeds()
    {
        await using var client = await EmulatedClient.StartAsync();
        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatEvent, 1, EmulatorFault.DropAfterProcessing());

        await client.Chat.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = "session-1", Event = ChatEventType.StartedTyping });

        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatEvent), Is.EqualTo(2), "a typing event repeats harmlessly");
    }

    [Test]
    public async Task RequestChatQueue_ServerSlowerThanTheAttemptTimeoutOnce_IsSentAgainAndSucceeds()
    {
        await using var client = await EmulatedClient.StartAsync(r => r.AttemptTimeout = TimeSpan.FromMilliseconds(200));
        client.Emulator.Faults.Next(EmulatorEndpoint.RequestChatQueue, 1, EmulatorFault.Delay(TimeSpan.FromMilliseconds(800)));

        var queue = await client.Chat.RequestChatQueueAsync();

        Assert.That(queue.Message, Is.EqualTo("Chat queue."));
        Assert.That(client.Emulator.Requests.Count(r => r.Endpoint == EmulatorEndpoint.RequestChatQueue && r.Fault is null), Is.EqualTo(1));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_NoServerListening_IsRetriedThenSaysNothingWasTaken()
    {
        await using var client = await EmulatedClient.StartAsync(options: o => o.BaseAddress = EmulatedClient.ClosedAddress());

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.CouldNotConnect));
        Assert.That(error.Attempts, Is.EqualTo(4), "no connection proves nothing was sent, so even a message is retried");
        Assert.That(error.Message, Does.StartWith("notifyUserNewChatMessage failed: could not connect to 127.0.0.1:"));
        Assert.That(error.Message, Does.EndWith("after 4 attempts; Omnidesk did not take the request, so it is safe to send again."));
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
    }

    [Test]
    public async Task GetWhitelistedDomains_RetryAfterLongerThanTheTimeLeft_AnswersTheFailureAtOnce()
    {
        await using var client = await EmulatedClient.StartAsync(r => r.TotalTimeout = TimeSpan.FromSeconds(3));
        client.Emulator.Faults.Next(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, 1, EmulatorFault.Status(503, TimeSpan.FromSeconds(30)));
        var clock = Stopwatch.StartNew();

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)), "no wait that would outlast the total timeout");
        Assert.That(client.RequestsTo(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps), Is.EqualTo(1));
    }

    [Test]
    public async Task RequestChatQueue_EveryAttemptTooSlow_ThrowsUnavailableWhenTheTotalTimeoutRunsOut()
    {
        await using var client = await EmulatedClient.StartAsync(r =>
        {
            r.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            r.TotalTimeout = TimeSpan.FromMilliseconds(500);
        });
        client.Emulator.Faults.Next(EmulatorEndpoint.RequestChatQueue, 5, EmulatorFault.Delay(TimeSpan.FromSeconds(2)));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(() => client.Chat.RequestChatQueueAsync())!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.TimedOut));
        Assert.That(error.Message, Does.StartWith("requestChatQueue failed: no answer from 127.0.0.1:"));
        Assert.That(error.Message, Does.Contain("within the total timeout of 0.5 s (Omnidesk:Resilience:TotalTimeout), after "));
        Assert.That(error.Attempts, Is.GreaterThanOrEqualTo(2), "the first attempt timed out and was retried");
    }

    [Test]
    public async Task AddOmnideskChat_CalledTwice_SendsEachCallThroughOnePipeline()
    {
        await using var client = await EmulatedClient.StartAsync(
            r => r.MaxRetryAttempts = 1,
            moreServices: services => services.AddOmnideskChat(o => o.Resilience.MaxRetryAttempts = 1));
        client.Emulator.Faults.Next(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, 10, EmulatorFault.Status(503));

        Assert.ThrowsAsync<OmnideskApiException>(() => client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync());

        Assert.That(client.RequestsTo(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps), Is.EqualTo(2), "one attempt and one retry, not retries of retries");
    }

    [Test]
    public async Task NotifyUserNewChatMessage_CallerCancels_ThrowsOperationCanceled()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Delay(TimeSpan.FromSeconds(5)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.CatchAsync<OperationCanceledException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"), cancel.Token));
    }
}
