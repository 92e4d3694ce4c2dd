using System.Collections.Concurrent;
using System.Diagnostics;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Redis.Tests.Load;

/// <summary>
/// The load run: <see cref="Sessions"/> conversations, half started on instance A and half on B (each read where it
/// was started); the agent sends <see cref="MessagesPerSession"/> messages to each, one after another per session,
/// alternating the instance each hookpoint goes to (a round-robin balancer), up to <see cref="Concurrency"/>
/// hookpoints in flight. Latency is from the moment the hookpoint's <c>ok</c> reached the agent to the moment the
/// reader had the event: negative when the reader woke before the answer travelled back.
/// </summary>
internal static class LoadRun
{
    public const int Sessions = 200;
    public const int MessagesPerSession = 50;
    public const int Concurrency = 32;

    public static async Task<LoadResult> RunAsync(string storeName, Func<AppInstance?, Action<OmnideskConversationsBuilder>> store, CancellationToken cancellationToken)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var b = await AppInstance.StartAsync("B", emulator, store(null));
        await using var a = await AppInstance.StartAsync("A", emulator, store(b));
        AppInstance[] instances = [a, b];

        var conversations = new OmnideskConversation[Sessions];
        await Parallel.ForEachAsync(Enumerable.Range(0, Sessions), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, _) =>
            conversations[i] = await instances[i % 2].StartConversationAsync(SessionId(i)));

        var answeredAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var sentAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var received = new ConcurrentQueue<string>[Sessions];
        var receivedAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var readers = Enumerable.Range(0, Sessions).Select(i =>
        {
            received[i] = new ConcurrentQueue<string>();
            return Task.Run(() => ReadAsync(conversations[i], received[i], receivedAt, cancellationToken), cancellationToken);
        }).ToArray();

        var refused = 0;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, Sessions), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            for (var n = 0; n < MessagesPerSession; n++)
            {
                var text = Text(i, n);
                sentAt[text] = Stopwatch.GetTimestamp();
                var answer = await emulator.Agent.SendMessageAsync(instances[n % 2].HookpointBase, SessionId(i), text, "Anna", cancellationToken: ct);
                if (answer.StatusCode == 200)
                {
                    answeredAt[text] = Stopwatch.GetTimestamp();
                }
                else
                {
                    Interlocked.Increment(ref refused);
                }
            }
        });
        var sendPhase = Stopwatch.GetElapsedTime(started);
        await Task.WhenAll(readers);

        var duplicates = received.Sum(queue => queue.Count - queue.Distinct(StringComparer.Ordinal).Count());
        var violations = received.Sum(queue => queue.Select(Number).Zip(queue.Select(Number).Skip(1)).Count(pair => pair.Second < pair.First));
        var latencies = Latencies(answeredAt, receivedAt);
        var endToEnd = Latencies(sentAt.Where(pair => answeredAt.ContainsKey(pair.Key)), receivedAt);
        return new LoadResult(
            storeName,
            answeredAt.Count,
            received.Sum(queue => queue.Count),
            duplicates,
            violations,
            sendPhase,
            LoadResult.Percentile(latencies, 50),
            LoadResult.Percentile(latencies, 99),
            latencies.Count == 0 ? double.NaN : latencies[^1])
        {
            Refused = refused,
            SentP50Milliseconds = LoadResult.Percentile(endToEnd, 50),
            SentP99Milliseconds = LoadResult.Percentile(endToEnd, 99),
        };
    }

    private static List<double> Latencies(IEnumerable<KeyValuePair<string, long>> from, ConcurrentDictionary<string, long> to) =>
        from.Where(pair => to.ContainsKey(pair.Key))
            .Select(pair => Stopwatch.GetElapsedTime(pair.Value, to[pair.Key]).TotalMilliseconds)
            .Order()
            .ToList();

    public static string SessionId(int i) => $"load-{i}";

    private static string Text(int session, int n) => $"load-{session} #{n}";

    private static int Number(string text) => int.Parse(text.AsSpan(text.IndexOf('#', StringComparison.Ordinal) + 1), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads until every message of the session is there (or the deadline passes), noting when each arrived.</summary>
    private static async Task ReadAsync(OmnideskConversation conversation, ConcurrentQueue<string> received, ConcurrentDictionary<string, long> receivedAt, CancellationToken cancellationToken)
    {
        var messages = 0;
        await foreach (var item in conversation.ReadEventsAsync(cancellationToken))
        {
            if (item is AgentMessage message)
            {
                receivedAt.TryAdd(message.Text, Stopwatch.GetTimestamp());
                received.Enqueue(message.Text);
                if (++messages == MessagesPerSession)
                {
                    return;
                }
            }
        }
    }
}
