using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Desk;

/// <summary>
/// The desk's queue, as its event stream sends it: the sessions <c>requestChatQueue</c> lists, in its order, each
/// with its customer and its waiting time on the emulator's clock.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class DeskQueueTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task EventStream_TwoCustomersWaitThenTheAgentAnswersTheFirst_ShowsTheQueueWithWaitingTimes()
    {
        var clock = new FakeTimeProvider(Start);
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { EnableDesk = true, TimeProvider = clock });
        await using var client = RealClient.For(emulator, listener.ChatServer);
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "order-1042", Message = "My box arrived crushed.", CustomerName = "Zoe Nunez" });
        clock.Advance(TimeSpan.FromMinutes(2));
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "order-2077", Message = "Where is my refund?", CustomerName = "Max Weber" });
        clock.Advance(TimeSpan.FromSeconds(185));
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var stream = await http.GetAsync(new Uri(emulator.BaseAddress, "desk/events"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());

        var bothWaiting = await ReadQueueAsync(reader, count: 2);
        clock.Advance(TimeSpan.FromSeconds(10));
        await emulator.Agent.SendMessageAsync("order-1042", "Sorry to hear that, Zoe.");
        var afterReply = await ReadQueueAsync(reader, count: 1);

        Assert.That(bothWaiting, Is.EqualTo(new[]
        {
            (1, "order-1042", 1000, "Zoe Nunez", Start, 305L),
            (2, "order-2077", 1001, "Max Weber", Start.AddMinutes(2), 185L),
        }));
        Assert.That(afterReply, Is.EqualTo(new[] { (1, "order-2077", 1001, "Max Weber", Start.AddMinutes(2), 195L) }), "the second is number 1, its time counted on");
    }

    [Test]
    public void WithoutClock_TwoUpdatesThatDifferOnlyInWaitingTime_AreEqual()
    {
        DeskQueueEntry Entry(long seconds) => new(1, "s-1", 1000, "Zoe", Start, seconds);
        var earlier = new DeskUpdate([Entry(5)], [], null, 0);
        var later = earlier with { Queue = [Entry(6)] };

        string Json(DeskUpdate u) => JsonSerializer.Serialize(DeskSnapshot.WithoutClock(u), DeskJsonContext.Default.DeskUpdate);

        Assert.That(JsonSerializer.Serialize(later, DeskJsonContext.Default.DeskUpdate), Does.Contain("\"waitingSeconds\":6"), "the page gets the time");
        Assert.That(Json(later), Is.EqualTo(Json(earlier)), "the stream does not resend each second");
    }

    private static async Task<(int, string, int, string, DateTimeOffset, long)[]> ReadQueueAsync(StreamReader reader, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line["data: ".Length..]);
            var queue = json.RootElement.GetProperty("queue");
            if (queue.GetArrayLength() == count)
            {
                return [.. queue.EnumerateArray().Select(q => (
                    q.GetProperty("position").GetInt32(),
                    q.GetProperty("id").GetString()!,
                    q.GetProperty("ticketId").GetInt32(),
                    q.GetProperty("customer").GetString()!,
                    q.GetProperty("waitingSince").GetDateTimeOffset(),
                    q.GetProperty("waitingSeconds").GetInt64()))];
            }
        }

        throw new EndOfStreamException($"The event stream ended before a queue of {count}.");
    }
}
