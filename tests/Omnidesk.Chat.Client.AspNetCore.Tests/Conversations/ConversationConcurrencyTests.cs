using System.Collections.Concurrent;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

[Parallelizable(ParallelScope.All)]
public sealed class ConversationConcurrencyTests
{
    [Test]
    public async Task SendAsync_TwoConcurrentSenders_GetNumbers1ToNWithoutDuplicates()
    {
        await using var host = await ConversationTestHost.StartAsync();
        var conversation = await host.StartConversationAsync("two-senders");
        var other = (await host.Conversations.GetAsync("two-senders"))!;

        var sent = await Task.WhenAll(
            Task.Run(async () => await SendManyAsync(conversation, "a", 25)),
            Task.Run(async () => await SendManyAsync(other, "b", 25)));

        var numbers = sent.SelectMany(s => s).Select(m => m.MessageNumber).Order().ToList();
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(2, 50)), "1 was the first message");
        var onTheWire = host.Requests("notifyUserNewChatMessage").Select(r => int.Parse(r.Form["messageNumber"], System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.That(onTheWire, Is.EqualTo(Enumerable.Range(1, 51)));
    }

    [Test]
    public async Task Hookpoints_1000EventsAcross50Conversations_ArriveEachInItsOwnConversationInOrderOnce()
    {
        const int conversations = 50;
        const int perConversation = 20;
        await using var host = await ConversationTestHost.StartAsync();
        var started = await Task.WhenAll(Enumerable.Range(0, conversations).Select(i => host.StartConversationAsync($"load-{i}")));

        var readers = started.Select(c => Task.Run(() => EventReader.NextAsync(c, perConversation + 1))).ToArray();
        var answers = new ConcurrentBag<int>();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            for (var n = 0; n < perConversation; n++)
            {
                answers.Add((await host.Emulator.Agent.SendMessageAsync($"load-{i}", $"load-{i} message {n}", "Agent", cancellationToken: ct)).StatusCode);
            }
        });
        var read = await Task.WhenAll(readers);

        Assert.That(answers, Has.Count.EqualTo(conversations * perConversation).And.All.EqualTo(200));
        for (var i = 0; i < conversations; i++)
        {
            Assert.That(read[i][0], Is.TypeOf<AgentJoined>());
            var texts = read[i].Skip(1).Cast<AgentMessage>().Select(m => m.Text);
            Assert.That(texts, Is.EqualTo(Enumerable.Range(0, perConversation).Select(n => $"load-{i} message {n}")), $"conversation load-{i}");
        }
    }

    [Test]
    public async Task ReadEventsAsync_ARestartedReaderResumesAfterTheLastEventItConsumed_AndNamedReadersEachGetEverything()
    {
        await using var host = await ConversationTestHost.StartAsync();
        var conversation = await host.StartConversationAsync("resume");
        for (var n = 0; n < 4; n++)
        {
            await host.Emulator.Agent.SendMessageAsync("resume", $"m{n}", "Agent");
        }

        var firstRun = await EventReader.NextAsync(conversation, 2);
        var again = await EventReader.NextAsync((await host.Conversations.GetAsync("resume"))!, 3);
        var audit = await EventReader.NextAsync(conversation, 5, reader: "audit");

        Assert.That(firstRun.Select(e => e.Sequence), Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(again.Select(e => e.Sequence), Is.EqualTo(new long[] { 2, 3, 4 }), "the last one read was not consumed: the loop stopped before asking for the next");
        Assert.That(audit.Select(e => e.Sequence), Is.EqualTo(new long[] { 1, 2, 3, 4, 5 }));
    }

    private static async Task<List<SentMessage>> SendManyAsync(OmnideskConversation conversation, string prefix, int count)
    {
        var sent = new List<SentMessage>();
        for (var i = 0; i < count; i++)
        {
            sent.Add(await conversation.SendAsync($"{prefix}{i}"));
        }

        return sent;
    }
}
