using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

namespace Omnidesk.Chat.Client.Redis.Tests.Store;

/// <summary>Agent files: bounded, expiring, taken exactly once across instances.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FileTests : StoreTestBase
{
    [Test]
    public async Task PutThenTake_ALargeFileInChunks_OneInstanceGetsTheBytesAndTheOtherNothing()
    {
        await using var stores = new RedisStores(Server);
        var a = stores.NewStore();
        var b = stores.NewStore();
        var content = new byte[300_000];
        new Random(14).NextBytes(content);

        var length = await a.PutFileAsync("s-1", "file-1", new MemoryStream(content), TimeSpan.FromHours(1), CancellationToken.None);
        var taken = await Task.WhenAll(a.TakeFileAsync("s-1", "file-1", CancellationToken.None).AsTask(), b.TakeFileAsync("s-1", "file-1", CancellationToken.None).AsTask());

        Assert.That(length, Is.EqualTo(300_000));
        Assert.That(taken.Count(s => s is null), Is.EqualTo(1));
        await using var stream = taken.Single(s => s is not null)!;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.That(copy.ToArray(), Is.EqualTo(content));
    }

    [Test]
    public async Task Put_LargerThanMaxFileSize_KeepsNothingAndReadsTheStreamToItsEnd()
    {
        await using var stores = new RedisStores(Server, options => options.MaxFileSize = 100_000);
        var store = stores.NewStore();
        var redis = await stores.InspectAsync();
        var content = new MemoryStream(new byte[100_001]);

        var length = await store.PutFileAsync("s-2", "file-1", content, TimeSpan.FromHours(1), CancellationToken.None);

        Assert.That(length, Is.Null);
        Assert.That(content.Position, Is.EqualTo(content.Length));
        Assert.That(await store.TakeFileAsync("s-2", "file-1", CancellationToken.None), Is.Null);
        Assert.That(await redis.KeyExistsAsync(stores.Options.KeyPrefix + "conv:{s-2}:file:file-1:partial"), Is.False);
    }

    [Test]
    public async Task Put_EmptyFile_IsKeptWithLengthZero()
    {
        await using var stores = new RedisStores(Server);
        var store = stores.NewStore();

        Assert.That(await store.PutFileAsync("s-3", "file-1", new MemoryStream(), TimeSpan.FromHours(1), CancellationToken.None), Is.Zero);
        await using var taken = await store.TakeFileAsync("s-3", "file-1", CancellationToken.None);
        Assert.That(taken!.Length, Is.Zero);
    }

    [Test]
    public async Task Put_TimeToLive_TheFileIsGoneAfterIt()
    {
        await using var stores = new RedisStores(Server);
        var store = stores.NewStore();
        var redis = await stores.InspectAsync();

        await store.PutFileAsync("s-4", "file-1", new MemoryStream([1, 2]), TimeSpan.FromMinutes(10), CancellationToken.None);

        var ttl = await redis.KeyTimeToLiveAsync(stores.Options.KeyPrefix + "conv:{s-4}:file:file-1");
        Assert.That(ttl, Is.Not.Null.And.LessThanOrEqualTo(TimeSpan.FromMinutes(10)).And.GreaterThan(TimeSpan.FromMinutes(9)));
    }
}
