using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

namespace Omnidesk.Chat.Client.Redis.Tests.Ending;

/// <summary>
/// After the end, through the layer: a reader's stream ends by itself after <see cref="ConversationEnded"/>, and the
/// conversation is kept for <see cref="OmnideskConversationsOptions.RetainEndedFor"/>, then gone on every instance.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class RetentionTests
{
    [TestCase("memory")]
    [TestCase("redis")]
    [CancelAfter(60_000)]
    public async Task AgentEndsTheSession_TheReaderOnTheOtherInstanceEndsAfterConversationEnded_AndItIsGoneAfterRetainEndedFor(string store)
    {
        var cancellationToken = TestContext.CurrentContext.CancellationToken;
        await using var app = await SharedStoreInstances.StartAsync(store, 2, o => o.RetainEndedFor = TimeSpan.FromSeconds(1));
        await app.Instances[0].StartConversationAsync("retained");
        var onB = (await app.Instances[1].Conversations.GetAsync("retained", cancellationToken))!;
        await app.Emulator.Agent.SendMessageAsync("retained", "Goodbye!", "Anna", cancellationToken: cancellationToken);
        await app.Emulator.Agent.EndSessionAsync("retained", cancellationToken: cancellationToken);

        var events = new List<ConversationEvent>();
        await foreach (var item in onB.ReadEventsAsync(cancellationToken))
        {
            events.Add(item); // no break: the stream must end by itself
        }

        Assert.That(events.Select(e => e.GetType().Name), Is.EqualTo(new[] { nameof(AgentJoined), nameof(AgentMessage), nameof(ConversationEnded) }));
        Assert.That(onB.State.Status, Is.EqualTo(ConversationStatus.Ended));
        Assert.That(await app.Instances[0].Conversations.GetAsync("retained", cancellationToken), Is.Not.Null, "kept for late readers");

        await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);

        Assert.That(await app.Instances[0].Conversations.GetAsync("retained", cancellationToken), Is.Null, "gone after RetainEndedFor");
        Assert.That(await app.Store.ReadAsync("retained", ConversationLog.History, 0, 10, cancellationToken), Is.Empty, "its history with it");
        var again = new List<ConversationEvent>();
        await foreach (var item in onB.ReadEventsAsync(cancellationToken))
        {
            again.Add(item);
        }

        Assert.That(again, Is.Empty, "a reader of an ended conversation that expired ends at once, without a data-loss signal");
    }
}
