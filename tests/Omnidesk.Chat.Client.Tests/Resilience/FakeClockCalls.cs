using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// Waits (in real time) for what a call on a <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/> has
/// reached, so a test moves the clock only once the call waits for it: a retry scheduled (the SDK logs it before
/// the wait starts), a request that reached the emulator with its fault (the emulator logs it once the request is read).
/// </summary>
internal static class FakeClockCalls
{
    private const int RetryingEventId = 4;
    private const int FaultInjectedEventId = 3;

    /// <summary>A logger factory for <see cref="Testing.OmnideskEmulatorOptions.LoggerFactory"/> that writes into <paramref name="logs"/>.</summary>
    public static ILoggerFactory EmulatorLogging(FakeLogCollector logs) =>
        LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(logs)));

    /// <summary>Waits until the pipeline has scheduled <paramref name="count"/> retries.</summary>
    public static Task RetriesScheduled(FakeLogCollector logs, int count) =>
        Until(
            () => logs.GetSnapshot().Count(r => r.Category == OmnideskDiagnostics.MeterName && r.Id.Id == RetryingEventId) >= count,
            () => Dump(logs));

    /// <summary>Waits until the emulator has read <paramref name="count"/> requests it injects a fault into.</summary>
    public static Task FaultsInjected(FakeLogCollector emulatorLogs, int count) =>
        Until(() => emulatorLogs.GetSnapshot().Count(r => r.Id.Id == FaultInjectedEventId) >= count, () => Dump(emulatorLogs));

    /// <summary>Waits until <paramref name="condition"/> holds; generous for a loaded machine.</summary>
    public static async Task Until(Func<bool> condition, Func<string>? explain = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("the condition did not hold within 15 s" + Environment.NewLine + explain?.Invoke());
            }

            await Task.Delay(20);
        }
    }

    private static string Dump(FakeLogCollector logs) =>
        string.Join(Environment.NewLine, logs.GetSnapshot().Select(r => $"{r.Category} {r.Id.Id} {r.Message}"));
}
