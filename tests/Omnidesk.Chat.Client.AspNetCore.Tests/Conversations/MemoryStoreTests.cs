using Microsoft.Extensions.Time.Testing;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Conversations.Internal.Memory;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

/// <summary>The in-memory store keeps the store contract: compare-and-set, forward-only activity, explicit expiry, its bounds.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class MemoryStoreTests
{
    private static readonly DateTimeOffset Nine = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task TryUpdateAsync_TwoWritersFromTheSameVersion_OnlyTheFirstWins()
    {
        var (store, _) = NewStore();
        var created = (await store.CreateOrGetAsync(Open("cas"), null, default)).Record;

        var first = await store.TryUpdateAsync(created with { TicketId = 1 }, default);
        var second = await store.TryUpdateAsync(created with { TicketId = 2 }, default);

        Assert.That(first!.Version, Is.EqualTo(2));
        Assert.That(second, Is.Null);
        Assert.That((await store.GetAsync("cas", default))!.TicketId, Is.EqualTo(1));
    }

    [Test]
    public async Task TouchAsync_StampsTheStoresClock_AndAnUpdateNeverMovesItBackwards()
    {
        var (store, clock) = NewStore();
        var created = (await store.CreateOrGetAsync(Open("touch"), null, default)).Record;

        clock.Advance(TimeSpan.FromMinutes(5));
        await store.TouchAsync("touch", default);
        var updated = await store.TryUpdateAsync(created with { TicketId = 7, LastActivityAt = Nine.AddMinutes(1) }, default);

        Assert.That(updated!.LastActivityAt, Is.EqualTo(Nine.AddMinutes(5)));
    }

    [Test]
    public async Task TryEndAsync_IdleForOnTheStoresClock_EndsOnceWithOneEndedInEachLogAndWakesReaders()
    {
        var (store, clock) = NewStore();
        await store.CreateOrGetAsync(Open("ending"), null, default);
        var waiting = store.WaitForEventsAsync("ending", 0, default).AsTask();
        var ended = new ConversationEntry { Timestamp = Nine, Kind = ConversationEntryKind.Ended, EndedBy = ConversationEndedBy.IdleTimeout };

        var tooEarly = await store.TryEndAsync("ending", ended, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5), default);
        clock.Advance(TimeSpan.FromMinutes(10));
        var first = await store.TryEndAsync("ending", ended, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5), default);
        var second = await store.TryEndAsync("ending", ended with { EndedBy = ConversationEndedBy.Agent }, null, TimeSpan.FromMinutes(5), default);

        Assert.That(tooEarly, Is.Null);
        Assert.That((first!.Status, first.EndedBy, first.Version), Is.EqualTo((ConversationStatus.Ended, ConversationEndedBy.IdleTimeout, 2L)));
        Assert.That(second, Is.Null);
        Assert.That(await waiting.WaitAsync(TimeSpan.FromSeconds(5)), Is.True, "readers are woken, and the session is still there");
        Assert.That((await store.ReadAsync("ending", ConversationLog.Events, 0, 10, default)).Select(e => e.Kind), Is.EqualTo(new[] { ConversationEntryKind.Ended }));
        Assert.That((await store.ReadAsync("ending", ConversationLog.History, 0, 10, default)).Select(e => e.Kind), Is.EqualTo(new[] { ConversationEntryKind.Ended }));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.That(await store.GetAsync("ending", default), Is.Null, "kept for the retention only");
    }

    [Test]
    public async Task ExpireAsync_EverythingOfTheSessionGoesAtItsTime_AndItsReadersAreWoken()
    {
        var (store, clock) = NewStore();
        await store.CreateOrGetAsync(Open("expiring"), null, default);
        await store.AppendAsync("expiring", ConversationLog.Events, new ConversationEntry { Timestamp = Nine, Kind = ConversationEntryKind.AgentMessage, Text = "hi" }, default);
        await store.PutFileAsync("expiring", "file-1", new MemoryStream(new byte[10]), TimeSpan.FromHours(1), default);
        await store.ExpireAsync("expiring", TimeSpan.FromMinutes(10), default);
        var waiting = store.WaitForEventsAsync("expiring", 1, default).AsTask();

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.That(await store.GetAsync("expiring", default), Is.Not.Null);
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.That(await store.GetAsync("expiring", default), Is.Null);
        Assert.That(await store.ReadAsync("expiring", ConversationLog.Events, 0, 10, default), Is.Empty);
        Assert.That(await store.TakeFileAsync("expiring", "file-1", default), Is.Null);
        Assert.That(await waiting.WaitAsync(TimeSpan.FromSeconds(30)), Is.False, "its readers are woken and told it is gone");
        Assert.That(store.SessionCount, Is.Zero);
    }

    [Test]
    public async Task CreateOrGetAsync_BeyondMaxConversations_ThrowsStoreUnavailableNamingTheKey()
    {
        var (store, _) = NewStore(limits => limits.MaxConversations = 2);
        await store.CreateOrGetAsync(Open("one"), null, default);
        await store.CreateOrGetAsync(Open("two"), null, default);

        var full = Assert.ThrowsAsync<OmnideskStoreUnavailableException>(async () => await store.CreateOrGetAsync(Open("three"), null, default));

        Assert.That(full!.Message, Is.EqualTo("conversation store create: the conversation store is unavailable: the in-memory store is full (2 conversations, Omnidesk:Conversations:Memory:MaxConversations)"));
    }

    [Test]
    public async Task Files_ExpireAfterTheirTimeToLive_AndTheBytesAreFreed()
    {
        var (store, clock) = NewStore();
        await store.CreateOrGetAsync(Open("file-ttl"), null, default);
        await store.PutFileAsync("file-ttl", "file-1", new MemoryStream(new byte[1000]), TimeSpan.FromMinutes(1), default);

        clock.Advance(TimeSpan.FromMinutes(2));
        await store.PutFileAsync("file-ttl", "file-2", new MemoryStream(new byte[10]), TimeSpan.FromMinutes(1), default);

        Assert.That(store.FileBytes, Is.EqualTo(10));
        Assert.That(await store.TakeFileAsync("file-ttl", "file-1", default), Is.Null);
    }

    private static (MemoryConversationStore Store, FakeTimeProvider Clock) NewStore(Action<OmnideskMemoryStoreOptions>? limits = null)
    {
        var options = new OmnideskMemoryStoreOptions();
        limits?.Invoke(options);
        var clock = new FakeTimeProvider(Nine);
        return (new MemoryConversationStore(options, clock), clock);
    }

    private static ConversationRecord Open(string sessionId) =>
        new() { SessionId = sessionId, Status = ConversationStatus.Open, CreatedAt = Nine, LastActivityAt = Nine };
}
