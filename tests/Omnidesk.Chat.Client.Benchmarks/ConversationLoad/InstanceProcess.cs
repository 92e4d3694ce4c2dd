using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// The driver's handle on one instance: this same executable started in the <see cref="LoadInstance.Role"/> role, its
/// standard input and output the line protocol described there, its standard error passed through with its name.
/// Disposing kills it if it is still running.
/// </summary>
internal sealed class InstanceProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly string _receiptsFile;

    private InstanceProcess(string name, Process process, string receiptsFile, Uri hookpointBase)
    {
        Name = name;
        _process = process;
        _receiptsFile = receiptsFile;
        HookpointBase = hookpointBase;
    }

    public string Name { get; }

    /// <summary>Where the sender POSTs this instance's hookpoints (the prefix and token included).</summary>
    public Uri HookpointBase { get; }

    /// <param name="name">For messages, such as "redis A".</param>
    /// <param name="instanceArguments">The role's arguments: store, sessions, the emulator's account.</param>
    public static async Task<InstanceProcess> StartAsync(string name, IEnumerable<string> instanceArguments, TimeSpan maxLifetime)
    {
        var receiptsFile = Path.Combine(Path.GetTempPath(), $"omnidesk-load-{Environment.ProcessId}-{Guid.NewGuid():N}.tsv");
        var start = SelfStartInfo();
        foreach (var argument in instanceArguments.Concat([
            LoadInstance.Role, "--receipts", receiptsFile, "--max-seconds", ((int)maxLifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture)]))
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        // A web app's default (the Web SDK turns server GC on); this executable's own project turns it off.
        start.Environment["DOTNET_gcServer"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Instance {name} did not start.");
        ChildProcesses.KillOnExit(process);
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                Console.Error.WriteLine($"[{name}] {line.Data}");
            }
        };
        process.BeginErrorReadLine();
        try
        {
            var ready = await ReadLineAsync(process, ReadyTimeout, name);
            if (!ready.StartsWith("READY ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Instance {name} said \"{ready}\" instead of READY.");
            }

            return new InstanceProcess(name, process, receiptsFile, new Uri(ready["READY ".Length..]));
        }
        catch
        {
            ChildProcesses.Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Waits (bounded) until the instance's readers have <paramref name="expected"/> messages, then collects what they had.</summary>
    public async Task<List<Receipt>> DrainAsync(long expected, TimeSpan timeout)
    {
        await _process.StandardInput.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"DRAIN {expected} {(int)timeout.TotalMilliseconds}"));
        await _process.StandardInput.FlushAsync();
        var answer = await ReadLineAsync(_process, timeout + TimeSpan.FromSeconds(30), Name);
        if (answer != "REPORTED")
        {
            throw new InvalidOperationException($"Instance {Name} said \"{answer}\" instead of REPORTED.");
        }

        return await ReceiptFile.ReadAsync(_receiptsFile);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(exited.Token);
        }
        catch (OperationCanceledException)
        {
            ChildProcesses.Kill(_process);
        }

        _process.Dispose();
        File.Delete(_receiptsFile);
    }

    /// <summary>This executable again: the apphost, or <c>dotnet</c> with this assembly when run as <c>dotnet x.dll</c>.</summary>
    private static ProcessStartInfo SelfStartInfo()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        return start;
    }

    private static async Task<string> ReadLineAsync(Process process, TimeSpan timeout, string name)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            return await process.StandardOutput.ReadLineAsync(deadline.Token)
                ?? throw new InvalidOperationException($"Instance {name} ended (exit code {(process.WaitForExit(5000) ? process.ExitCode : -1)}).");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Instance {name} said nothing within {timeout.TotalSeconds:0} s.");
        }
    }
}
