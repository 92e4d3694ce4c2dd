using System.Collections.Concurrent;
using System.Diagnostics;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// The promise to users, counted: through a server that fails one call in five in every way it can, no
/// message is stored twice, and every caller knows what happened to its message.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class MessageAccountingTests
{
    private const int Messages = 1000;

    private enum Verdict
    {
        Succeeded,
        DeliveryUnknown,
        OtherError,
    }

    [Test]
    public async Task NotifyUserNewChatMessage_1000MessagesThrough20PercentMixedFaults_EveryMessageIsAccountedForAndNoneStoredTwice()
    {
        await using var client = await EmulatedClient.StartAsync(r =>
        {
            r.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            r.TotalTimeout = TimeSpan.FromSeconds(5);
            r.BaseDelay = TimeSpan.FromMilliseconds(5);
            r.FailureRatio = 0.9;
        });
        client.Emulator.Faults.Random(
            EmulatorEndpoint.NotifyUserNewChatMessage,
            probability: 0.2,
            seed: 20261122,
            EmulatorFault.Status(503),
            EmulatorFault.Status(429, TimeSpan.FromSeconds(1)),
            EmulatorFault.Status(500),
            EmulatorFault.DropBeforeProcessing(),
            EmulatorFault.DropAfterProcessing(),
            EmulatorFault.Delay(TimeSpan.FromMilliseconds(300)));
        var verdicts = new ConcurrentDictionary<int, (Verdict Verdict, Exception? Error)>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Messages), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
        {
            try
            {
                await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message(Session(i), Text(i)), token);
                verdicts[i] = (Verdict.Succeeded, null);
            }
            catch (OmnideskDeliveryUnknownException error)
            {
                verdicts[i] = (Verdict.DeliveryUnknown, error);
            }
            catch (OmnideskException error)
            {
                verdicts[i] = (Verdict.OtherError, error);
            }
        });
        clock.Stop();
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // requests the client gave up on finish on the server

        var stored = client.Emulator.State.Sessions.SelectMany(s => s.Messages).GroupBy(m => m.Message).ToDictionary(g => g.Key, g => g.Count());
        int StoredCount(int i) => stored.GetValueOrDefault(Text(i));
        var counts = verdicts.Values.GroupBy(v => v.Verdict).ToDictionary(g => g.Key, g => g.Count());
        var unknownStored = Enumerable.Range(0, Messages).Count(i => verdicts[i].Verdict == Verdict.DeliveryUnknown && StoredCount(i) == 1);
        var otherKinds = verdicts.Values.Where(v => v.Verdict == Verdict.OtherError).GroupBy(v => v.Error!.GetType().Name + (v.Error is OmnideskApiException api ? $" {(int)api.StatusCode}" : string.Empty));
        var refused = client.Emulator.Requests.Where(r => r.ResponseStatus is 503 or 429).Select(r => r.Form["message"]).ToHashSet();
        var savedByRetry = Enumerable.Range(0, Messages).Count(i => refused.Contains(Text(i)) && verdicts[i].Verdict == Verdict.Succeeded);
        var faults = client.Emulator.Requests.Where(r => r.Fault is not null).GroupBy(r => r.Fault!.ToString()).Select(g => $"{g.Key}: {g.Count()}");

        TestContext.Out.WriteLine($"{Messages} messages in {clock.Elapsed.TotalSeconds:0.0} s, {client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage)} requests; faults recorded: {string.Join(", ", faults)} (a delay the client gave up on is not recorded)");
        TestContext.Out.WriteLine($"succeeded, stored once:        {counts.GetValueOrDefault(Verdict.Succeeded)} ({savedByRetry} of them after a 503 or 429)");
        TestContext.Out.WriteLine($"delivery unknown, stored once: {unknownStored}");
        TestContext.Out.WriteLine($"delivery unknown, not stored:  {counts.GetValueOrDefault(Verdict.DeliveryUnknown) - unknownStored}");
        TestContext.Out.WriteLine($"other error, not stored:       {counts.GetValueOrDefault(Verdict.OtherError)} ({string.Join(", ", otherKinds.Select(g => $"{g.Key}: {g.Count()}"))})");

        Assert.That(verdicts, Has.Count.EqualTo(Messages));
        Assert.That(stored.Values.Where(count => count > 1), Is.Empty, "no message is stored twice");
        Assert.Multiple(() =>
        {
            for (var i = 0; i < Messages; i++)
            {
                var (verdict, error) = verdicts[i];
                switch (verdict)
                {
                    case Verdict.Succeeded:
                        Assert.That(StoredCount(i), Is.EqualTo(1), $"{Text(i)} succeeded");
                        break;
                    case Verdict.DeliveryUnknown:
                        Assert.That(StoredCount(i), Is.LessThanOrEqualTo(1), $"{Text(i)}: {error!.Message}");
                        break;
                    default:
                        Assert.That(StoredCount(i), Is.Zero, $"{Text(i)}: {error!.Message}");
                        break;
                }
            }
        });
        Assert.That(savedByRetry, Is.GreaterThan(0), "messages answered 503 or 429 were sent again and succeeded");
        Assert.That(counts.GetValueOrDefault(Verdict.DeliveryUnknown), Is.GreaterThan(0));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
    }

    private static string Session(int i) => $"accounting-{i % 50}";

    private static string Text(int i) => $"message {i}";
}
