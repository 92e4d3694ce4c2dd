using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// Which timeout ended a call, and what that means for the caller: a call that creates something and was
/// under way when time ran out may have been stored; a read is only "no answer in time".
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class TimeoutOutcomeTests
{
    [Test]
    public async Task NotifyUserNewChatMessage_TotalTimeoutRunsOutDuringTheSecondAttempt_ThrowsDeliveryUnknownNamingTheTotalTimeout()
    {
        // The first attempt's 503 proves nothing was stored, so the message is sent again after the Retry-After
        // of 1 s; the second attempt, under way when the 5 s run out, may have been stored.
        var clock = new FakeTimeProvider();
        var emulatorLogs = new FakeLogCollector();
        await using var client = await StartWithFiveSecondTimeoutsAsync(clock, emulatorLogs);
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(503, TimeSpan.FromSeconds(1)));
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Delay(TimeSpan.FromSeconds(30)));

        var call = client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));
        await FakeClockCalls.RetriesScheduled(client.Services.GetRequiredService<FakeLogCollector>(), 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await FakeClockCalls.FaultsInjected(emulatorLogs, 2);
        clock.Advance(TimeSpan.FromSeconds(4));

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(() => call)!;
        Assert.That(error.Attempts, Is.EqualTo(2));
        Assert.That(error.Message, Does.StartWith(
            "notifyUserNewChatMessage: delivery unknown — the request was sent but no answer came within the total timeout of 5 s (Omnidesk:Resilience:TotalTimeout)"));
        Assert.That(error.InnerException, Is.Not.Null);
    }

    [Test]
    public async Task NotifyUserNewChatMessage_TotalTimeoutRunsOutWhileWaitingToSendAgain_SaysNothingWasTaken()
    {
        // The first attempt's 503 proves nothing was stored, and its Retry-After of 1 s fits in the 10 s; but on a
        // machine too busy to start the wait on time the 10 s are over before it begins (here the clock jumps when
        // the retry is announced). No attempt was under way when time ran out, so nothing can have arrived.
        var clock = new FakeTimeProvider();
        await using var client = await EmulatedClient.StartAsync(
            r =>
            {
                r.AttemptTimeout = TimeSpan.FromSeconds(10);
                r.TotalTimeout = TimeSpan.FromSeconds(10);
            },
            logging: b => b.AddProvider(new ClockJumpOnRetry(clock, TimeSpan.FromSeconds(10))),
            moreServices: s => s.AddSingleton<TimeProvider>(clock));
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(503, TimeSpan.FromSeconds(1)));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.TimedOut));
        Assert.That(error.Attempts, Is.EqualTo(1));
        Assert.That(error.Message, Is.EqualTo(
            $"notifyUserNewChatMessage failed: no answer from {client.Emulator.BaseAddress.Authority} within the total timeout of 10 s " +
            "(Omnidesk:Resilience:TotalTimeout), after 1 attempt; Omnidesk did not take the request, so it is safe to send again."));
        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(1));
        Assert.That(client.Stored("session-1", "Hello"), Is.Zero);
    }

    [Test]
    public async Task GetWhitelistedDomains_AttemptTimeoutWithNoRetryLeft_ThrowsTimedOutNamingTheAttemptTimeout()
    {
        await using var client = await EmulatedClient.StartAsync(r =>
        {
            r.MaxRetryAttempts = 0;
            r.AttemptTimeout = TimeSpan.FromMilliseconds(250);
        });
        client.Emulator.Faults.Next(EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, 1, EmulatorFault.Delay(TimeSpan.FromSeconds(3)));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(() => client.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.TimedOut));
        Assert.That(error.Attempts, Is.EqualTo(1));
        Assert.That(error.Message, Is.EqualTo(
            $"whitelistedDomainsAndBlacklistedIPs failed: no answer from {client.Emulator.BaseAddress.Authority} within the attempt timeout of 0.25 s " +
            "(Omnidesk:Resilience:AttemptTimeout), after 1 attempt; the call changes nothing on the server, so it is safe to call again."));
    }

    [Test]
    public async Task ChatsGet_TotalTimeoutRunsOutDuringTheSecondAttempt_ThrowsTimedOutNamingTheTotalTimeout()
    {
        var clock = new FakeTimeProvider();
        var emulatorLogs = new FakeLogCollector();
        await using var client = await StartWithFiveSecondTimeoutsAsync(clock, emulatorLogs);
        var chat = client.Emulator.State.SeedChats(1).Single();
        client.Emulator.Faults.Next(EmulatorEndpoint.GetChat, 1, EmulatorFault.Status(503, TimeSpan.FromSeconds(1)));
        client.Emulator.Faults.Next(EmulatorEndpoint.GetChat, 1, EmulatorFault.Delay(TimeSpan.FromSeconds(30)));

        var call = client.Chats.GetAsync(chat.Id);
        await FakeClockCalls.RetriesScheduled(client.Services.GetRequiredService<FakeLogCollector>(), 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await FakeClockCalls.FaultsInjected(emulatorLogs, 2);
        clock.Advance(TimeSpan.FromSeconds(4));

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(() => call)!;
        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.TimedOut));
        Assert.That(error.Attempts, Is.EqualTo(2));
        Assert.That(error.Message, Is.EqualTo(
            $"chats.get failed: no answer from {client.Emulator.BaseAddress.Authority} within the total timeout of 5 s " +
            "(Omnidesk:Resilience:TotalTimeout), after 2 attempts; the call changes nothing on the server, so it is safe to call again."));
    }

    /// <summary>Moves the clock on by <paramref name="jump"/> when the SDK logs that it will retry, before the wait starts.</summary>
    private sealed class ClockJumpOnRetry(FakeTimeProvider clock, TimeSpan jump) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName == OmnideskDiagnostics.MeterName ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == 4)
            {
                clock.Advance(jump);
            }
        }

        public void Dispose()
        {
        }
    }

    /// <summary>A client whose attempt and total timeouts are both 5 s, on <paramref name="clock"/>; the emulator logs to <paramref name="emulatorLogs"/>.</summary>
    private static Task<EmulatedClient> StartWithFiveSecondTimeoutsAsync(FakeTimeProvider clock, FakeLogCollector emulatorLogs) =>
        EmulatedClient.StartAsync(
            r =>
            {
                r.AttemptTimeout = TimeSpan.FromSeconds(5);
                r.TotalTimeout = TimeSpan.FromSeconds(5);
            },
            logging: b => b.AddFakeLogging(),
            emulatorOptions: new OmnideskEmulatorOptions { LoggerFactory = FakeClockCalls.EmulatorLogging(emulatorLogs) },
            moreServices: s => s.AddSingleton<TimeProvider>(clock));
}
