using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// The agent side, open loop: <c>rate × seconds</c> <c>messageForCustomer</c> hookpoints planned in advance at fixed
/// intervals, to the sessions in turn and, within a session, to the instances in turn. A send starts when its time
/// comes whatever the earlier ones' answers are (no coordinated omission); the connection pool is large enough that
/// a slow answer holds up no later send. Each record keeps its planned, sent and answered times and its status.
/// </summary>
internal static class OpenLoopSender
{
    private const int MaxConnections = 1024;
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);

    public static async Task<SendRecord[]> RunAsync(IReadOnlyList<Uri> instances, IReadOnlyList<string> sessions, int rate, int seconds)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = MaxConnections, UseProxy = false })
        {
            Timeout = AnswerTimeout,
        };
        // The schedule runs on its own thread: on the thread pool, a busy pool would make every send late.
        var (records, sends) = await Task.Factory.StartNew(
            () => Schedule(client, instances, sessions, rate, seconds), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await Task.WhenAll(sends);
        return records;
    }

    private static (SendRecord[] Records, Task[] Sends) Schedule(HttpClient client, IReadOnlyList<Uri> instances, IReadOnlyList<string> sessions, int rate, int seconds)
    {
        var targets = instances.Select(instance => new Uri(instance + "/messageForCustomer")).ToArray();
        var total = rate * seconds;
        var interval = (double)Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        var records = new SendRecord[total];
        var sends = new Task[total];
        var next = 0;
        while (next < total)
        {
            var due = Math.Min(total, (long)((Stopwatch.GetTimestamp() - start) / interval) + 1);
            for (; next < due; next++)
            {
                var session = next % sessions.Count;
                var number = next / sessions.Count;
                records[next] = new SendRecord($"{sessions[session]} #{number}", session, number, start + (long)(next * interval));
                sends[next] = SendAsync(client, targets[(session + number) % targets.Length], sessions[session], records[next]);
            }

            // A sleep of about 1 ms between bursts rather than a spin: the machine's cores are the instances'.
            Thread.Sleep(1);
        }

        return (records, sends);
    }

    private static async Task SendAsync(HttpClient client, Uri target, string session, SendRecord record)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(
            $"sessionID={Uri.EscapeDataString(session)}&name=Anna&message={Uri.EscapeDataString(record.Text)}"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        record.Sent = Stopwatch.GetTimestamp();
        try
        {
            using var answer = await client.PostAsync(target, content);
            record.Answered = Stopwatch.GetTimestamp();
            record.Status = (int)answer.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            record.Answered = Stopwatch.GetTimestamp();
            record.Status = -1;
        }
    }
}
