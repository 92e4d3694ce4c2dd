using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

/// <summary>A consumer that stops reading: the store stays within its stated bounds by dropping the oldest events.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class BoundedMemoryTests
{
    [Test]
    public async Task ReaderThatStoppedReading_OldestEventsAreDropped_AndTheReaderIsToldHowMany()
    {
        await using var host = await ConversationTestHost.StartAsync(options =>
        {
            options.Memory.MaxEventsPerConversation = 50;
            options.Memory.MaxHistoryPerConversation = 60;
        });
        var conversation = await host.StartConversationAsync("slow-reader");

        for (var n = 0; n < 120; n++)
        {
            var answer = await host.Emulator.Agent.SendMessageAsync("slow-reader", $"m{n}", "Agent");
            Assert.That(answer.StatusCode, Is.EqualTo(200), "hookpoints are never refused for a slow reader");
        }

        var events = await EventReader.NextAsync(conversation, 51);
        var history = await conversation.GetHistoryAsync(pageSize: 1000);

        var dropped = (ConversationEventsDropped)events[0];
        Assert.That((dropped.Count, dropped.Sequence), Is.EqualTo((71L, 71L)), "1 join + 120 messages, the newest 50 kept");
        Assert.That(events.Skip(1).Cast<AgentMessage>().Select(m => m.Text), Is.EqualTo(Enumerable.Range(70, 50).Select(n => $"m{n}")));
        Assert.That(history.Items, Has.Count.EqualTo(60));
        Assert.That(history.Items[0].Text, Is.EqualTo("m119"));
    }

    [Test]
    public async Task AgentFiles_BeyondTheStoresByteBound_EvictTheOldestAndATooLargeFileKeepsOnlyItsMetadata()
    {
        await using var host = await ConversationTestHost.StartAsync(options => options.Memory.MaxFileBytes = 100_000);
        var conversation = await host.StartConversationAsync("files-bound");

        await host.Emulator.Agent.SendFileAsync("files-bound", "a.bin", new MemoryStream(new byte[60_000]), "application/octet-stream");
        await host.Emulator.Agent.SendFileAsync("files-bound", "b.bin", new MemoryStream(new byte[60_000]), "application/octet-stream");
        await host.Emulator.Agent.SendFileAsync("files-bound", "c.bin", new MemoryStream(new byte[100_001]), "application/octet-stream");

        var files = (await EventReader.NextAsync(conversation, 3)).Cast<AgentFile>().ToList();

        Assert.That(files.Select(f => (f.FileName, f.IsContentKept)), Is.EqualTo(new[] { ("a.bin", true), ("b.bin", true), ("c.bin", false) }));
        Assert.That(await conversation.OpenFileAsync(files[0]), Is.Null, "a.bin was evicted to make room for b.bin");
        await using var b = await conversation.OpenFileAsync(files[1]);
        Assert.That(b!.Length, Is.EqualTo(60_000));
        Assert.That(await conversation.OpenFileAsync(files[2]), Is.Null);
    }
}
