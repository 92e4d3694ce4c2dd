using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Tests.Fixture;

/// <summary>The test's own redis-server: what the outage tests rely on, checked on its own.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class RedisServerTests
{
    [Test]
    public async Task KillThenRestart_SamePortAndDirectory_KeepsWhatTheAppendOnlyFileHolds()
    {
        await using var server = await RedisServer.StartAsync();
        var port = server.Port;
        var pid = server.ProcessId;
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString))
        {
            await connection.GetDatabase().StringSetAsync("written-before-the-kill", "kept");
        }

        server.Kill();
        Assert.That(server.ProcessId, Is.Null);
        Assert.That(async () => await ConnectionMultiplexer.ConnectAsync(server.ConnectionString + ",connectRetry=0,connectTimeout=500"),
            Throws.InstanceOf<RedisConnectionException>());

        await server.RestartAsync();

        Assert.That(server.Port, Is.EqualTo(port));
        Assert.That(server.ProcessId, Is.Not.Null.And.Not.EqualTo(pid));
        Assert.That(Directory.Exists(Path.Combine(server.DataDirectory, "appendonlydir")), Is.True, "append-only persistence is on");
        await using var again = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        Assert.That((string?)await again.GetDatabase().StringGetAsync("written-before-the-kill"), Is.EqualTo("kept"));
    }

    [Test]
    public async Task Dispose_StopsTheServerAndDeletesItsDirectory()
    {
        var server = await RedisServer.StartAsync();
        var directory = server.DataDirectory;
        var pid = server.ProcessId!.Value;

        await server.DisposeAsync();

        Assert.That(Directory.Exists(directory), Is.False);
        Assert.That(IsRunning(pid), Is.False);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no process has that id any more
        }
    }
}
