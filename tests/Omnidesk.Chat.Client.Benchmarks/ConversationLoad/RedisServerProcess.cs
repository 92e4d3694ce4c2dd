using System.Diagnostics;
using System.Globalization;
using Omnidesk.Chat.Client.TestSupport;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// The run's own <c>redis-server</c>: loopback, a free port, a temporary data directory, append-only persistence on
/// (fsync every second, as a production setup would). Disposing kills it and deletes the directory.
/// </summary>
internal sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly string _dataDirectory;

    private RedisServerProcess(Process process, string dataDirectory, int port)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        ConnectionString = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts redis-server (REDIS_SERVER overrides the binary, /usr/bin/redis-server by default).</summary>
    public static async Task<RedisServerProcess> StartAsync()
    {
        var binary = Environment.GetEnvironmentVariable("REDIS_SERVER") is { Length: > 0 } configured ? configured : "redis-server";
        var dataDirectory = Directory.CreateTempSubdirectory("omnidesk-load-redis-").FullName;
        var port = FreePort.Next();
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", dataDirectory,
            "--logfile", Path.Combine(dataDirectory, "redis.log"), "--appendonly", "yes", "--appendfsync", "everysec",
            "--save", string.Empty, "--daemonize", "no", "--protected-mode", "no",
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{binary} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Directory.Delete(dataDirectory, recursive: true);
            throw new InvalidOperationException($"{binary} could not be started (apt-get install redis-server, or set REDIS_SERVER to its path).", exception);
        }

        ChildProcesses.KillOnExit(process);
        var server = new RedisServerProcess(process, dataDirectory, port);
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection for the driver's own questions (INFO): admin commands allowed.</summary>
    public Task<ConnectionMultiplexer> ConnectAdminAsync() =>
        ConnectionMultiplexer.ConnectAsync(ConnectionString + ",allowAdmin=true,abortConnect=false");

    public ValueTask DisposeAsync()
    {
        ChildProcesses.Kill(_process);
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying server: the temporary folder is left for the OS to clean.
        }

        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReadyTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {_process.ExitCode} on {ConnectionString}.");
            }

            try
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString + ",connectTimeout=1000");
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (RedisException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server on {ConnectionString} did not answer PING within {ReadyTimeout.TotalSeconds} s.");
    }
}
