using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Tests.Store;

/// <summary>Records: created once, changed only by compare-and-set, listed while open, expired and removed whole.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class RecordTests : StoreTestBase
{
    [Test]
    public async Task CreateOrGet_SameSessionFromTwoInstances_CreatesOnceAndBothSeeTheStoredRecord()
    {
        await using var stores = new RedisStores(Server);
        var a = stores.NewStore();
        var b = stores.NewStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? a : b).CreateOrGetAsync(Record("s-1") with { CustomerName = "caller " + i }, null, CancellationToken.None).AsTask()));

        Assert.That(results.Count(r => r.Created), Is.EqualTo(1));
        var winner = results.Single(r => r.Created).Record;
        Assert.That(results.Select(r => r.Record), Is.All.EqualTo(winner));
        Assert.That(winner.Version, Is.EqualTo(1));
        Assert.That(await b.GetAsync("s-1", CancellationToken.None), Is.EqualTo(winner));
    }

    [Test]
    public async Task Get_RoundTripsEveryField()
    {
        await using var stores = new RedisStores(Server);
        var store = stores.NewStore();
        var record = Record("s-2") with
        {
            TicketId = 1042,
            Status = ConversationStatus.Ended,
            IdleWarnedAt = new DateTimeOffset(2026, 12, 1, 10, 1, 0, TimeSpan.Zero),
            EndedAt = new DateTimeOffset(2026, 12, 1, 10, 2, 0, TimeSpan.FromHours(-5)),
            EndedBy = ConversationEndedBy.IdleTimeout,
        };

        await store.CreateOrGetAsync(record, null, CancellationToken.None);

        Assert.That(await store.GetAsync("s-2", CancellationToken.None), Is.EqualTo(record with { Version = 1 }));
        Assert.That(await store.GetAsync("s-unknown", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task TryUpdate_TwoWritersAtTheSameVersion_OneWinsAndActivityNeverMovesBack()
    {
        await using var stores = new RedisStores(Server);
        var a = stores.NewStore();
        var b = stores.NewStore();
        var created = (await a.CreateOrGetAsync(Record("s-3") with { TicketId = 7 }, null, CancellationToken.None)).Record;

        var later = created.LastActivityAt.AddMinutes(5);
        var first = await a.TryUpdateAsync(created with { LastActivityAt = later, TicketId = null }, CancellationToken.None);
        var second = await b.TryUpdateAsync(created with { Status = ConversationStatus.Ended }, CancellationToken.None);
        var third = await b.TryUpdateAsync(first! with { IdleWarnedAt = later, LastActivityAt = created.LastActivityAt }, CancellationToken.None);

        Assert.That(first, Is.EqualTo(created with { Version = 2, LastActivityAt = later, TicketId = null }), "a null field is removed");
        Assert.That(second, Is.Null, "written at a version that is no longer stored");
        Assert.That(third!.Version, Is.EqualTo(3));
        Assert.That(third.LastActivityAt, Is.EqualTo(later), "the later of the stored and the given activity");
        Assert.That(await a.TryUpdateAsync(Record("s-never"), CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Touch_StampsRedissOwnClockNotTheCallersAndKeepsTheVersion()
    {
        await using var stores = new RedisStores(Server);
        var store = stores.NewStore();
        var longAgo = DateTimeOffset.UtcNow.AddYears(-1);
        await store.CreateOrGetAsync(Record("s-4") with { CreatedAt = longAgo, LastActivityAt = longAgo }, null, CancellationToken.None);
        var redisNow = await (await stores.InspectAsync()).ExecuteAsync("TIME");

        await store.TouchAsync("s-4", CancellationToken.None);

        var stored = await store.GetAsync("s-4", CancellationToken.None);
        var seconds = long.Parse((string)((RedisResult[])redisNow!)[0]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(stored!.LastActivityAt, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(seconds)).Within(TimeSpan.FromSeconds(5)));
        Assert.That(stored.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task TryEnd_IdleForIsMeasuredOnRedissClock_EndsOnceWithOneEndedInEachLogAndTheRetention()
    {
        await using var stores = new RedisStores(Server);
        var (a, b) = (stores.NewStore(), stores.NewStore());
        var longAgo = DateTimeOffset.UtcNow.AddYears(-1);
        await a.CreateOrGetAsync(Record("s-end") with { CreatedAt = longAgo, LastActivityAt = longAgo }, null, CancellationToken.None);
        await a.TouchAsync("s-end", CancellationToken.None);
        var ended = new ConversationEntry { Timestamp = DateTimeOffset.UtcNow, Kind = ConversationEntryKind.Ended, EndedBy = ConversationEndedBy.IdleTimeout };

        var notYet = await a.TryEndAsync("s-end", ended, TimeSpan.FromHours(1), TimeSpan.FromMinutes(10), CancellationToken.None);
        await Task.Delay(200);
        var both = await Task.WhenAll(
            a.TryEndAsync("s-end", ended, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(10), CancellationToken.None).AsTask(),
            b.TryEndAsync("s-end", ended with { EndedBy = ConversationEndedBy.Agent }, null, TimeSpan.FromMinutes(10), CancellationToken.None).AsTask());

        Assert.That(notYet, Is.Null, "touched just now by Redis's clock, though the caller's record said a year ago");
        Assert.That(both.Count(r => r is not null), Is.EqualTo(1), "one of two racing ends wins");
        var winner = both.Single(r => r is not null)!;
        Assert.That((winner.Status, winner.Version), Is.EqualTo((ConversationStatus.Ended, 2L)));
        Assert.That(await b.GetAsync("s-end", CancellationToken.None), Is.EqualTo(winner));
        foreach (var log in new[] { ConversationLog.History, ConversationLog.Events })
        {
            var entries = await b.ReadAsync("s-end", log, 0, 10, CancellationToken.None);
            Assert.That(entries.Select(e => (e.Kind, e.EndedBy)), Is.EqualTo(new[] { (ConversationEntryKind.Ended, winner.EndedBy) }), log.ToString());
        }

        var ttl = await (await stores.InspectAsync()).KeyTimeToLiveAsync(stores.Options.KeyPrefix + "conv:{s-end}:events");
        Assert.That(ttl, Is.GreaterThan(TimeSpan.FromMinutes(9)).And.LessThanOrEqualTo(TimeSpan.FromMinutes(10)));
        Assert.That(await a.TryEndAsync("s-end", ended, null, TimeSpan.FromMinutes(10), CancellationToken.None), Is.Null, "an ended conversation does not end again");
    }

    [Test]
    public async Task ListOpen_PagesInIdOrderAndLeavesOutStartingAndEnded()
    {
        await using var stores = new RedisStores(Server);
        var store = stores.NewStore();
        for (var i = 0; i < 7; i++)
        {
            await store.CreateOrGetAsync(Record($"open-{i}"), null, CancellationToken.None);
        }

        await store.CreateOrGetAsync(Record("starting", ConversationStatus.Starting), null, CancellationToken.None);
        var ending = (await store.CreateOrGetAsync(Record("open-ending"), null, CancellationToken.None)).Record;
        await store.TryUpdateAsync(ending with { Status = ConversationStatus.Ended, EndedBy = ConversationEndedBy.Agent }, CancellationToken.None);

        var ids = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await store.ListOpenAsync(3, token, CancellationToken.None);
            ids.AddRange(page.Items.Select(r => r.SessionId));
            token = page.NextPageToken;
            pages++;
        }
        while (token is not null);

        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 7).Select(i => $"open-{i}")));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task Expire_GivesEveryKeyOfTheSessionTheDeadline_AndNullKeepsThemUntilTold()
    {
        await using var stores = new RedisStores(Server);
        var store = stores.NewStore();
        var redis = await stores.InspectAsync();
        await store.CreateOrGetAsync(Record("s-5"), TimeSpan.FromMinutes(2), CancellationToken.None);
        await store.IncrementAsync("s-5", ConversationCounters.MessageNumber, CancellationToken.None);
        await store.AppendAsync("s-5", ConversationLog.Events, Message("hi"), CancellationToken.None);
        await store.AppendAsync("s-5", ConversationLog.History, Message("hi"), CancellationToken.None);
        await store.RecordAgentEventAsync("s-5", Message("from Anna") with { AgentName = "Anna" }, CancellationToken.None);
        await store.SetReaderPositionAsync("s-5", "reader", 1, CancellationToken.None);
        await store.PutFileAsync("s-5", "file-1", new MemoryStream([1, 2, 3]), TimeSpan.FromHours(1), CancellationToken.None);
        var prefix = stores.Options.KeyPrefix + "conv:{s-5}:";
        string[] keys = ["record", "counters", "events", "history", "agents", "readers", "files", "file:file-1"];

        var created = await Task.WhenAll(keys.Select(k => redis.KeyTimeToLiveAsync(prefix + k)));
        Assert.That(created, Has.All.Not.Null.And.All.LessThanOrEqualTo(TimeSpan.FromMinutes(2)).And.All.GreaterThan(TimeSpan.FromMinutes(1)),
            "keys written after the creation follow its deadline; the file's hour is cut to it");

        await store.ExpireAsync("s-5", null, CancellationToken.None);
        var kept = await Task.WhenAll(keys.Take(7).Select(k => redis.KeyTimeToLiveAsync(prefix + k)));
        Assert.That(kept, Has.All.Null);
        Assert.That(await redis.KeyTimeToLiveAsync(prefix + "file:file-1"), Is.Not.Null, "a file always expires");

        await store.ExpireAsync("s-5", TimeSpan.FromSeconds(30), CancellationToken.None);
        var ended = await Task.WhenAll(keys.Select(k => redis.KeyTimeToLiveAsync(prefix + k)));
        Assert.That(ended, Has.All.Not.Null.And.All.LessThanOrEqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task Remove_DeletesEveryKeyOfTheSession()
    {
        await using var stores = new RedisStores(Server);
        var store = stores.NewStore();
        var redis = await stores.InspectAsync();
        await store.CreateOrGetAsync(Record("s-6"), null, CancellationToken.None);
        await store.AppendAsync("s-6", ConversationLog.Events, Message("hi"), CancellationToken.None);
        await store.PutFileAsync("s-6", "file-1", new MemoryStream([1]), TimeSpan.FromHours(1), CancellationToken.None);
        var server = redis.Multiplexer.GetServer(redis.Multiplexer.GetEndPoints()[0]);
        async Task<List<string>> KeysAsync()
        {
            var keys = new List<string>();
            await foreach (var key in server.KeysAsync(pattern: stores.Options.KeyPrefix + "*"))
            {
                keys.Add((string)key!);
            }

            return keys;
        }

        Assert.That(await KeysAsync(), Has.Count.GreaterThanOrEqualTo(3), "the record, its log and its file are under the prefix");

        await store.RemoveAsync("s-6", CancellationToken.None);

        Assert.That(await KeysAsync(), Is.EqualTo(new[] { stores.Options.KeyPrefix + "epoch" }), "only the store's epoch, which belongs to no session");
        Assert.That(await store.GetAsync("s-6", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task UnknownSession_KeysWrittenForItExpireAfterUnknownSessionExpiry()
    {
        await using var stores = new RedisStores(Server, options => options.UnknownSessionExpiry = TimeSpan.FromMinutes(3));
        var store = stores.NewStore();
        var redis = await stores.InspectAsync();

        await store.AppendAsync("nobody", ConversationLog.Events, Message("late"), CancellationToken.None);

        var ttl = await redis.KeyTimeToLiveAsync(stores.Options.KeyPrefix + "conv:{nobody}:events");
        Assert.That(ttl, Is.Not.Null.And.LessThanOrEqualTo(TimeSpan.FromMinutes(3)).And.GreaterThan(TimeSpan.FromMinutes(2)));
    }
}
