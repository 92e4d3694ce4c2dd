using System.Diagnostics;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

namespace Omnidesk.Chat.Client.Redis.Tests.ScaleOut;

/// <summary>
/// Redis frozen (SIGSTOP) for longer than <c>OperationTimeout</c> while the agent's messages are in flight, then let run
/// again (SIGCONT) with the refused commands still waiting on its sockets: a hookpoint answered 503 was not stored (it
/// reaches no reader and no history), and every one answered <c>ok</c> reaches its reader once, in order. The one
/// exception no request/response store can close: Redis ran the script in time and froze before its reply left; then
/// that event is stored though answered 503. It can only be the hookpoint each session had in flight at the freeze,
/// so at most one per session (checked here).
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class RedisPauseTests
{
    private const int Sessions = 4;
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(4);

    [TestCase(false)]
    [TestCase(true)]
    [CancelAfter(180_000)]
    public async Task RedisPausedLongerThanTheOperationTimeout_A503WasNeverStored_EveryOkReachesItsReaderOnceInOrder(bool resendRefused)
    {
        var cancellationToken = TestContext.CurrentContext.CancellationToken;
        await using var app = await SharedStoreInstances.StartAsync("redis", 2, _ => { }, o =>
        {
            o.OperationTimeout = TimeSpan.FromSeconds(1.5);
            o.ReaderPollInterval = TimeSpan.FromMilliseconds(200);
        });
        var redis = app.Redis!;
        var sessions = Enumerable.Range(0, Sessions).Select(i => $"paused-{i}").ToList();
        var readers = new List<PatientReader>();
        foreach (var (sessionId, i) in sessions.Select((s, i) => (s, i)))
        {
            readers.Add(new PatientReader(await app.Instances[i % 2].StartConversationAsync(sessionId)));
        }

        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = readers.Select(r => r.RunAsync(stopReading.Token)).ToList();
        var ledger = new HookpointLedger();

        // Each session's agent writes one message after another for the whole run; Redis freezes in the middle of it.
        var clock = Stopwatch.StartNew();
        var senders = sessions.Select(sessionId => Task.Run(async () =>
        {
            for (var n = 0; clock.Elapsed < Pause * 2.5; n++)
            {
                for (var attempt = 1; ; attempt++)
                {
                    var text = resendRefused ? $"{sessionId} message {n}" : $"{sessionId} message {n} attempt {attempt}";
                    var answer = await app.Emulator.Agent.SendMessageAsync(sessionId, text, "Anna", cancellationToken: cancellationToken);
                    ledger.Record(sessionId, text, answer.StatusCode);
                    if (answer.StatusCode == 200 || !resendRefused)
                    {
                        break;
                    }

                    await Task.Delay(100, cancellationToken);
                }

                await Task.Delay(25, cancellationToken); // an agent's pace, so the history holds the whole run
            }
        })).ToList();
        await Task.Delay(Pause / 2, cancellationToken);
        await redis.PauseAsync();
        await Task.Delay(Pause, cancellationToken);
        await redis.ResumeAsync();
        await Task.WhenAll(senders);

        foreach (var reader in readers)
        {
            await reader.WaitForAsync(ledger.OkFor(reader.SessionId), cancellationToken);
        }

        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken); // time for a refused one to show up, were it stored
        await stopReading.CancelAsync();
        await Task.WhenAll(reading);

        var refusals = sessions.Sum(s => ledger.RefusedFor(s).Count);
        Assert.That(refusals, Is.GreaterThan(0), "some hookpoints were in flight while Redis was frozen");
        var storedAfterRefusal = 0;
        foreach (var reader in readers)
        {
            var ok = ledger.OkFor(reader.SessionId);
            var delivered = reader.Texts;
            var (inOrder, extra) = MatchInOrder(delivered, ok);
            Assert.That(inOrder, Is.EqualTo(ok.Count), $"{reader.SessionId}: every ok reached the reader, in the order answered");
            Assert.That(extra, Is.LessThanOrEqualTo(1), $"{reader.SessionId}: beyond the ok ones, at most the one hookpoint in flight when Redis froze (run, its reply held)");
            storedAfterRefusal += extra;
            var conversation = (await app.Instances[0].Conversations.GetAsync(reader.SessionId, cancellationToken))!;
            var history = await conversation.GetHistoryAsync(pageSize: 1_000, cancellationToken: cancellationToken);
            Assert.That(history.Items.Where(e => e.Kind == ConversationEntryKind.AgentMessage).Select(e => e.Text).Reverse(), Is.EqualTo(delivered), $"{reader.SessionId}: the history holds what the reader got");
        }

        TestContext.Out.WriteLine($"resend {resendRefused}: {refusals} refused, {sessions.Sum(s => ledger.OkFor(s).Count)} ok, {storedAfterRefusal} stored though answered 503 (run just before the freeze)");
    }

    /// <summary>Walks what the reader got against the ok answers: how many ok ones it got in their order, and how many others.</summary>
    private static (int InOrder, int Extra) MatchInOrder(IReadOnlyList<string> delivered, IReadOnlyList<string> ok)
    {
        var (next, extra) = (0, 0);
        foreach (var text in delivered)
        {
            if (next < ok.Count && text == ok[next])
            {
                next++;
            }
            else
            {
                extra++;
            }
        }

        return (next, extra);
    }
}
