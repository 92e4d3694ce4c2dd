using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

namespace Omnidesk.Chat.Client.Redis.Tests.Reading;

/// <summary>
/// A named reader that stops right after each event (its token cancelled) and resumes on the other instance: it gets
/// every event once, none twice, none missed.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ReaderMovesTests
{
    private const int Messages = 30;

    [TestCase("memory")]
    [TestCase("redis")]
    [CancelAfter(120_000)]
    public async Task ReaderStoppedAfterEveryEventAndResumedOnTheOtherInstance_GetsEachEventOnceInOrder(string store)
    {
        var cancellationToken = TestContext.CurrentContext.CancellationToken;
        await using var app = await SharedStoreInstances.StartAsync(store, 2, _ => { });
        await app.Instances[0].StartConversationAsync("moving-reader");
        for (var n = 1; n <= Messages; n++)
        {
            await app.Emulator.Agent.SendMessageAsync("moving-reader", $"reply {n}", "Anna", cancellationToken: cancellationToken);
        }

        await app.Emulator.Agent.EndSessionAsync("moving-reader", cancellationToken: cancellationToken);

        var seen = new List<long>();
        for (var turn = 0; (seen.Count == 0 || seen[^1] < Messages + 2) && turn < 2 * (Messages + 2); turn++)
        {
            var conversation = (await app.Instances[turn % 2].Conversations.GetAsync("moving-reader", cancellationToken))!;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                await foreach (var item in conversation.ReadEventsAsync("mover", stop.Token))
                {
                    seen.Add(item.Sequence);
                    await stop.CancelAsync(); // the app stops this reader right after the event it just handled
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // stopped; resumed on the other instance on the next turn
            }
        }

        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, Messages + 2).Select(n => (long)n)), "joined, the replies and the end: each once, in order");
    }
}
