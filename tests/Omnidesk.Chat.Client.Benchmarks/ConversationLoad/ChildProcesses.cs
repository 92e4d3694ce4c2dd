using System.Diagnostics;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// Ends what the driver started: each child by its own process handle (never by name), also when the driver itself
/// ends early (an exception, Ctrl+C), so that no redis-server or instance outlives the run.
/// </summary>
internal static class ChildProcesses
{
    public static void KillOnExit(Process process)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill(process);
        Console.CancelKeyPress += (_, _) => Kill(process);
    }

    /// <summary>Kills the process and its children and waits (bounded) until it is gone; quiet if it already exited.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone, or never started.
        }
    }
}
