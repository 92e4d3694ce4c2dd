using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

/// <summary>
/// The test's own real <c>redis-server</c>: a free loopback port, a temporary data directory, append-only
/// persistence on. It can be killed by its pid (SIGKILL, no chance to save anything) and started again on the same
/// port and directory, where it reloads what its append-only file holds; or frozen (SIGSTOP) and let run again
/// (SIGCONT). Disposing stops it and deletes the folder.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private readonly string _binary;
    private Process? _process;
    private bool _appendOnly = true;

    private RedisServer(string binary, string dataDirectory, int port)
    {
        _binary = binary;
        DataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    public string DataDirectory { get; }

    /// <summary>The pid of the running server, or null between <see cref="Kill"/> and <see cref="RestartAsync"/>.</summary>
    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public string LogFile => Path.Combine(DataDirectory, "redis.log");

    /// <summary>Starts a server, or ends the test as skipped (failed in CI) when redis-server is not installed.</summary>
    public static async Task<RedisServer> StartAsync()
    {
        var binary = RedisServerLocator.RequireOrSkip();
        var dataDirectory = Directory.CreateTempSubdirectory("omnidesk-redis-").FullName;
        Exception? last = null;
        // Another process may take the free port between asking for it and redis-server binding it: try a few.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var server = new RedisServer(binary, dataDirectory, FreeLoopbackPort());
            try
            {
                await server.LaunchAsync();
                return server;
            }
            catch (InvalidOperationException exception)
            {
                last = exception;
                server.Kill();
            }
        }

        Directory.Delete(dataDirectory, recursive: true);
        throw new InvalidOperationException("redis-server did not start on a free loopback port after 5 attempts.", last);
    }

    /// <summary>Kills the server by its pid (SIGKILL) and waits until it is gone.</summary>
    public void Kill()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        using (process)
        {
            if (!process.HasExited)
            {
                using var byPid = Process.GetProcessById(process.Id);
                byPid.Kill();
                byPid.WaitForExit();
            }
        }
    }

    /// <summary>Freezes the server by its pid (SIGSTOP): connections stay open and what is sent waits on the socket.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    /// <summary>Lets a frozen server run again (SIGCONT): it then executes what waited on its sockets.</summary>
    public Task ResumeAsync() => SignalAsync("-CONT");

    /// <summary>Deletes what the killed server persisted, so that it restarts empty, as one without persistence would.</summary>
    public void WipeData()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("The server is still running; Kill() it first.");
        }

        var appendOnly = Path.Combine(DataDirectory, "appendonlydir");
        if (Directory.Exists(appendOnly))
        {
            Directory.Delete(appendOnly, recursive: true);
        }

        File.Delete(Path.Combine(DataDirectory, "dump.rdb"));
    }

    /// <summary>
    /// Starts the killed server again from its last snapshot (<c>SAVE</c>'s dump.rdb) instead of its append-only file:
    /// what was written after the snapshot is gone while what came before survives, as when a replica that lacked the
    /// last writes is promoted.
    /// </summary>
    public Task RestartFromSnapshotAsync()
    {
        var appendOnly = Path.Combine(DataDirectory, "appendonlydir");
        if (_process is not null || !File.Exists(Path.Combine(DataDirectory, "dump.rdb")))
        {
            throw new InvalidOperationException("Kill() the server first, after a SAVE.");
        }

        Directory.Delete(appendOnly, recursive: true);
        _appendOnly = false;
        return LaunchAsync();
    }

    /// <summary>Starts the server again on the same port and data directory; it reloads its append-only file.</summary>
    public Task RestartAsync()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("The server is still running; Kill() it first.");
        }

        return LaunchAsync();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying process: the temporary folder is left for the OS to clean.
        }

        return ValueTask.CompletedTask;
    }

    private async Task LaunchAsync()
    {
        var start = new ProcessStartInfo(_binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--dir", DataDirectory, "--logfile", LogFile,
            "--appendonly", _appendOnly ? "yes" : "no", "--appendfsync", "everysec", "--save", string.Empty,
            "--daemonize", "no", "--protected-mode", "no",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillQuietly(process);

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {process.ExitCode} on port {Port}: {Tail(LogFile)}");
            }

            if (await AnswersPingAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"redis-server on port {Port} did not answer PING within {ReadyTimeout.TotalSeconds} s: {Tail(LogFile)}");
    }

    private async Task SignalAsync(string signal)
    {
        var pid = ProcessId ?? throw new InvalidOperationException("The server is not running.");
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { signal, pid.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill {signal} {pid} exited with {kill.ExitCode}.");
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            // "-LOADING" while the append-only file is replayed: not ready yet.
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Tail(string file)
    {
        try
        {
            return string.Join(" | ", File.ReadLines(file).TakeLast(5));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
