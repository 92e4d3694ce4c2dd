using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Tests.Load;

/// <summary>
/// 10,000 agent messages across 200 sessions over two instances, on Redis and, in the same run, on the in-memory
/// store shared by both instances in process (the baseline: what the layer costs without Redis). Too slow for every
/// <c>dotnet test</c>; run it with
/// <c>dotnet test tests/Omnidesk.Chat.Client.Redis.Tests --filter TestCategory=Load --logger "console;verbosity=detailed"</c>.
/// The table is printed and written to <c>TestResults/redis-load.md</c>.
/// </summary>
[Category("Load")]
[Explicit("About a minute: 10,000 hookpoints per store. Run with --filter TestCategory=Load.")]
public sealed class LoadTests
{
    [Test]
    public async Task Load_10000EventsOver200SessionsOnTwoInstances_NoneLostDuplicatedOrReordered_RedisBesideInMemory()
    {
        await using var redis = await RedisServer.StartAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        var prefix = "load:";
        await using var inspect = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var usedBefore = await UsedMemoryAsync(inspect);

        var memory = await LoadRun.RunAsync("in-memory (one store shared in process)", b => c =>
        {
            if (b is not null)
            {
                var shared = b.Services.GetRequiredService<IOmnideskConversationStore>();
                c.UseStore(_ => shared);
            }
        }, deadline.Token);
        var onRedis = await LoadRun.RunAsync("Redis", _ => c => c.AddRedisStore(redis.ConnectionString, o => o.KeyPrefix = prefix), deadline.Token);

        var usedAfter = await UsedMemoryAsync(inspect);
        var perConversation = await MemoryUsageAsync(inspect, prefix + "conv:{" + LoadRun.SessionId(0) + "}:*");
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{LoadRun.Sessions} sessions x {LoadRun.MessagesPerSession} agent messages, two instances, {LoadRun.Concurrency} hookpoints in flight, {Environment.ProcessorCount} cores")
            .AppendLine()
            .AppendLine(LoadResult.Header)
            .AppendLine(memory.Row)
            .AppendLine(onRedis.Row)
            .AppendLine()
            .AppendLine("Redis memory of one conversation (MEMORY USAGE of its keys, 1 customer message + 51 events + 52 history entries):")
            .AppendLine(string.Join(Environment.NewLine, perConversation.Select(k => string.Create(CultureInfo.InvariantCulture, $"  {k.Key}: {k.Value:N0} bytes"))))
            .AppendLine(CultureInfo.InvariantCulture, $"  total: {perConversation.Values.Sum():N0} bytes")
            .AppendLine(CultureInfo.InvariantCulture, $"INFO memory used_memory: {usedBefore:N0} before, {usedAfter:N0} after = {(usedAfter - usedBefore) / LoadRun.Sessions:N0} bytes per conversation")
            .ToString();
        await TestContext.Out.WriteLineAsync(report);
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "..", "..", "..", "..", "..", "TestResults", "redis-load.md");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, report);

        foreach (var result in new[] { memory, onRedis })
        {
            Assert.That(result.Refused, Is.Zero, result.Store);
            Assert.That(result.Sent, Is.EqualTo(LoadRun.Sessions * LoadRun.MessagesPerSession), result.Store);
            Assert.That(result.Delivered, Is.EqualTo(result.Sent), result.Store);
            Assert.That(result.Duplicates, Is.Zero, result.Store);
            Assert.That(result.OrderViolations, Is.Zero, result.Store);
        }
    }

    private static async Task<long> UsedMemoryAsync(ConnectionMultiplexer connection)
    {
        var info = await connection.GetServer(connection.GetEndPoints()[0]).InfoAsync("memory");
        return long.Parse(info.SelectMany(group => group).Single(pair => pair.Key == "used_memory").Value, CultureInfo.InvariantCulture);
    }

    private static async Task<SortedDictionary<string, long>> MemoryUsageAsync(ConnectionMultiplexer connection, string pattern)
    {
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var database = connection.GetDatabase();
        var usage = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await foreach (var key in server.KeysAsync(pattern: pattern))
        {
            usage[(string)key!] = (long)await database.ExecuteAsync("MEMORY", "USAGE", key, "SAMPLES", "0");
        }

        return usage;
    }
}
