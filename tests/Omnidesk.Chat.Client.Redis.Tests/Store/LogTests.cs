using System.Diagnostics;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

namespace Omnidesk.Chat.Client.Redis.Tests.Store;

/// <summary>Counters, agents, the two logs as Redis Streams, waiting and reader positions, across two instances.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class LogTests : StoreTestBase
{
    [Test]
    public async Task Increment_TwoInstancesAtOnce_Give1ToNWithoutDuplicates()
    {
        await using var stores = new RedisStores(Server);
        var a = stores.NewStore();
        var b = stores.NewStore();
        await a.CreateOrGetAsync(Record("s-1"), null, CancellationToken.None);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            (i % 2 == 0 ? a : b).IncrementAsync("s-1", ConversationCounters.MessageNumber, CancellationToken.None).AsTask()));

        Assert.That(numbers.Order(), Is.EqualTo(Enumerable.Range(1, 200).Select(n => (long)n)));
    }

    [Test]
    public async Task RecordAgentEvent_FromTwoInstancesAtOnce_TheAgentJoinsOnceFirstAndEveryMessageIsInBothLogs()
    {
        await using var stores = new RedisStores(Server);
        var a = stores.NewStore();
        var b = stores.NewStore();
        await a.CreateOrGetAsync(Record("s-2"), null, CancellationToken.None);

        var sequences = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? a : b).RecordAgentEventAsync("s-2", Message("m" + i) with { AgentName = "Anna" }, CancellationToken.None).AsTask()));
        var typing = await a.RecordAgentEventAsync("s-2", new ConversationEntry { Timestamp = DateTimeOffset.UtcNow, Kind = ConversationEntryKind.AgentTypingStarted }, CancellationToken.None);
        var otherCase = await b.RecordAgentEventAsync("s-2", Message("hi") with { AgentName = "anna" }, CancellationToken.None);

        var events = await b.ReadAsync("s-2", ConversationLog.Events, 0, 100, CancellationToken.None);
        var history = await b.ReadAsync("s-2", ConversationLog.History, 0, 100, CancellationToken.None);
        Assert.That(sequences.Order(), Is.EqualTo(Enumerable.Range(2, 20).Select(n => (long)n)), "sequence 1 is the joined entry");
        Assert.That(events.Select(e => e.Kind).Take(1), Is.EqualTo(new[] { ConversationEntryKind.AgentJoined }));
        Assert.That(events.Count(e => e.Kind == ConversationEntryKind.AgentJoined), Is.EqualTo(2), "Anna once, then anna: names compare ordinally");
        Assert.That((typing, otherCase), Is.EqualTo((22L, 24L)));
        Assert.That(history.Select(e => e.Kind), Is.EqualTo(events.Select(e => e.Kind).Where(k => k != ConversationEntryKind.AgentTypingStarted)), "typing goes to the event log only");
    }

    [Test]
    public async Task Append_FromTwoInstances_SequencesAre1ToNAndReadForwardAndBackwardInOrder()
    {
        await using var stores = new RedisStores(Server);
        var a = stores.NewStore();
        var b = stores.NewStore();
        await a.CreateOrGetAsync(Record("s-3"), null, CancellationToken.None);

        var sequences = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            (i % 2 == 0 ? a : b).AppendAsync("s-3", ConversationLog.Events, Message("m" + i), CancellationToken.None).AsTask()));

        Assert.That(sequences.Order(), Is.EqualTo(Enumerable.Range(1, 50).Select(n => (long)n)));
        var forward = await b.ReadAsync("s-3", ConversationLog.Events, 10, 5, CancellationToken.None);
        Assert.That(forward.Select(e => e.Sequence), Is.EqualTo(new long[] { 11, 12, 13, 14, 15 }));
        var backward = await a.ReadBackwardAsync("s-3", ConversationLog.Events, 4, 10, CancellationToken.None);
        Assert.That(backward.Select(e => e.Sequence), Is.EqualTo(new long[] { 3, 2, 1 }));
        var newest = await a.ReadBackwardAsync("s-3", ConversationLog.Events, long.MaxValue, 2, CancellationToken.None);
        Assert.That(newest.Select(e => e.Sequence), Is.EqualTo(new long[] { 50, 49 }));
        Assert.That(await a.ReadAsync("s-3", ConversationLog.History, 0, 10, CancellationToken.None), Is.Empty, "the history is its own log");
    }

    [Test]
    public async Task Append_RoundTripsEveryEntryField()
    {
        await using var stores = new RedisStores(Server);
        var store = stores.NewStore();
        var file = new ConversationEntry
        {
            Timestamp = new DateTimeOffset(2026, 12, 1, 10, 5, 0, 123, TimeSpan.FromHours(2)),
            Kind = ConversationEntryKind.AgentFile,
            AgentName = "Anna",
            AgentPicture = "https://example.com/anna.png",
            FileId = "file-1",
            FileName = "label.pdf",
            ContentType = "application/pdf",
            FileLength = 45,
            IsContentKept = true,
        };
        var ended = new ConversationEntry { Timestamp = file.Timestamp, Kind = ConversationEntryKind.Ended, EndedBy = ConversationEndedBy.Agent };
        var notice = new ConversationEntry { Timestamp = file.Timestamp, Kind = ConversationEntryKind.Notice, Text = "soon", NoticeKind = ConversationNoticeKind.IdleWarning };
        var sent = new ConversationEntry { Timestamp = file.Timestamp, Kind = ConversationEntryKind.CustomerMessage, Text = "hi", MessageNumber = 3 };

        foreach (var entry in new[] { file, ended, notice, sent })
        {
            await store.AppendAsync("s-4", ConversationLog.History, entry, CancellationToken.None);
        }

        var read = await store.ReadAsync("s-4", ConversationLog.History, 0, 10, CancellationToken.None);
        Assert.That(read, Is.EqualTo(new[] { file with { Sequence = 1 }, ended with { Sequence = 2 }, notice with { Sequence = 3 }, sent with { Sequence = 4 } }));
    }

    [Test]
    public async Task Append_PastTheBound_TrimsTheOldestAndSequencesGoOn()
    {
        await using var stores = new RedisStores(Server, options => options.MaxEventsPerConversation = 5);
        var store = stores.NewStore();

        for (var i = 1; i <= 12; i++)
        {
            await store.AppendAsync("s-5", ConversationLog.Events, Message("m" + i), CancellationToken.None);
        }

        var kept = await store.ReadAsync("s-5", ConversationLog.Events, 0, 100, CancellationToken.None);
        Assert.That(kept.Select(e => e.Sequence), Is.EqualTo(new long[] { 8, 9, 10, 11, 12 }), "a reader at 0 sees the gap 1..7");
        Assert.That(kept.Select(e => e.Text), Is.EqualTo(new[] { "m8", "m9", "m10", "m11", "m12" }));
    }

    [Test]
    public async Task WaitForEvents_AnAppendOnTheOtherInstance_WakesTheReaderWellBeforeThePoll()
    {
        // The poll comes only after 10 minutes: a reader woken within the test's 30 s was woken by the publish.
        await using var stores = new RedisStores(Server, options => options.ReaderPollInterval = TimeSpan.FromMinutes(10));
        var reader = stores.NewStore();
        var writer = stores.NewStore();
        await writer.CreateOrGetAsync(Record("s-6"), null, CancellationToken.None);
        await writer.AppendAsync("s-6", ConversationLog.Events, Message("first"), CancellationToken.None);

        var already = Stopwatch.StartNew();
        await reader.WaitForEventsAsync("s-6", 0, CancellationToken.None);
        Assert.That(already.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "an entry after the position: at once");

        var waiting = reader.WaitForEventsAsync("s-6", 1, CancellationToken.None).AsTask();
        await Task.Delay(200);
        Assert.That(waiting.IsCompleted, Is.False, "nothing after 1 yet");
        await writer.AppendAsync("s-6", ConversationLog.Events, Message("second"), CancellationToken.None);

        Assert.That(async () => await waiting.WaitAsync(TimeSpan.FromSeconds(30)), Throws.Nothing, "woken by the other instance's publish, not the 10-minute poll");
        var read = await reader.ReadAsync("s-6", ConversationLog.Events, 1, 10, CancellationToken.None);
        Assert.That(read.Select(e => e.Text), Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task WaitForEvents_SessionGone_CompletesAndCancellationEndsTheWait()
    {
        // The poll comes only after 10 minutes: a reader woken within the test's 30 s was woken by the publish.
        await using var stores = new RedisStores(Server, options => options.ReaderPollInterval = TimeSpan.FromMinutes(10));
        var store = stores.NewStore();

        await store.WaitForEventsAsync("never-created", 0, CancellationToken.None);

        await store.CreateOrGetAsync(Record("s-7"), null, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        Assert.That(async () => await store.WaitForEventsAsync("s-7", 0, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task ReaderPosition_IsSharedByInstancesAndZeroAtFirst()
    {
        await using var stores = new RedisStores(Server);
        var a = stores.NewStore();
        var b = stores.NewStore();
        await a.CreateOrGetAsync(Record("s-8"), null, CancellationToken.None);

        Assert.That(await b.GetReaderPositionAsync("s-8", "customer-app", CancellationToken.None), Is.Zero);
        await a.SetReaderPositionAsync("s-8", "customer-app", 41, CancellationToken.None);
        Assert.That(await b.GetReaderPositionAsync("s-8", "customer-app", CancellationToken.None), Is.EqualTo(41));
        Assert.That(await b.GetReaderPositionAsync("s-8", "another-reader", CancellationToken.None), Is.Zero);
    }
}
