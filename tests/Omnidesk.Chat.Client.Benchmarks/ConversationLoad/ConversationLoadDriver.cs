using System.Globalization;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.TestSupport;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// <c>--conversation-load</c>: the conversation layer under an open-loop agent, its instances as separate processes.
/// In one run: one instance on the in-memory store (the baseline), then two instances on one real redis-server,
/// each store with its own sessions, each conversation started on one instance and read there, each session's
/// hookpoints alternating between the instances. Prints the counts, the rates and latencies, and Redis's commands
/// per hookpoint and per delivered event (also to TestResults/conversation-load.md). Exits non-zero when a hookpoint was refused, lost, duplicated or reordered.
/// </summary>
internal static class ConversationLoadDriver
{
    public const string Mode = "--conversation-load";
    private const string ReportFile = "TestResults/conversation-load.md";
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var settings = ConversationLoadSettings.Parse(args);
        var plan = string.Create(CultureInfo.InvariantCulture,
            $"Open loop: {settings.Rate:N0} messageForCustomer/s for {settings.WarmupSeconds} s warm-up + {settings.Seconds} s measured, {settings.Sessions} conversations per store, {Environment.ProcessorCount} cores; load: {LoadAverage()}");
        output.WriteLine(plan);
        await using var emulator = await OmnideskEmulator.StartAsync();

        var memory = await RunStoreAsync("in-memory", 1, ["--store", "memory"], emulator, settings, commandSource: null);
        output.WriteLine($"done: {memory.CountsRow}");

        await using var redis = await RedisServerProcess.StartAsync();
        await using var admin = await redis.ConnectAdminAsync();
        var onRedis = await RunStoreAsync("Redis", 2, ["--store", "redis", "--redis", redis.ConnectionString], emulator, settings, admin);
        output.WriteLine($"done: {onRedis.CountsRow}");

        var report = $"{plan}\nload at the end: {LoadAverage()}\n\n{LoadReport.Format(settings, [memory, onRedis])}";
        output.WriteLine();
        output.Write(report);
        Directory.CreateDirectory("TestResults");
        await File.WriteAllTextAsync(ReportFile, report);
        output.WriteLine($"Written to {Path.GetFullPath(ReportFile)}.");
        var correct = memory.Correct && onRedis.Correct;
        if (!correct)
        {
            output.WriteLine("FAILED: a hookpoint was refused, lost, duplicated, reordered or delivered though refused (see the counts).");
        }

        return correct ? 0 : 1;
    }

    /// <summary>The machine's load average: the figures are only as good as the machine was quiet.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "(unknown)";

    /// <summary>
    /// Starts the instances on one store, sends the plan at them, drains their readers and stops them. With a
    /// <paramref name="commandSource"/>, counts the Redis commands from the first send to the end of the drain (the
    /// conversations' starts are not in it).
    /// </summary>
    private static async Task<PhaseResult> RunStoreAsync(
        string store, int instanceCount, string[] storeArguments, OmnideskEmulator emulator, ConversationLoadSettings settings, IConnectionMultiplexer? commandSource)
    {
        var sessions = Enumerable.Range(0, settings.Sessions).Select(i => $"{store.ToLowerInvariant()}-{i}").ToArray();
        var lifetime = TimeSpan.FromSeconds(settings.WarmupSeconds + settings.Seconds + 300);
        var instances = new List<InstanceProcess>();
        try
        {
            for (var i = 0; i < instanceCount; i++)
            {
                var own = sessions.Where((_, index) => index % instanceCount == i);
                instances.Add(await InstanceProcess.StartAsync(
                    $"{store} {(char)('A' + i)}",
                    [.. storeArguments, "--sessions", string.Join(',', own), .. EmulatorAccount.Args(emulator)],
                    lifetime));
            }

            var before = commandSource is null ? null : await CommandStats.ReadAsync(commandSource);
            var records = await OpenLoopSender.RunAsync(
                [.. instances.Select(instance => instance.HookpointBase)], sessions, settings.Rate, settings.WarmupSeconds + settings.Seconds);
            var receipts = new List<Receipt>();
            for (var i = 0; i < instanceCount; i++)
            {
                var expected = records.Count(record => record.Status == 200 && record.Session % instanceCount == i);
                receipts.AddRange(await instances[i].DrainAsync(expected, DrainTimeout));
            }

            var commands = before is null ? null : (await CommandStats.ReadAsync(commandSource!)).Since(before);
            return PhaseResult.Analyze(store, instanceCount, settings.Rate, TimeSpan.FromSeconds(settings.WarmupSeconds), records, receipts) with { Commands = commands };
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }
}
