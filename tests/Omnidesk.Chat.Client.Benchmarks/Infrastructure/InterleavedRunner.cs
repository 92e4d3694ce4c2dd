using System.Diagnostics;
using System.Globalization;
using Omnidesk.Chat.Client.Benchmarks.Benchmarks;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// <c>--interleaved</c>: times each pair's two sides in alternating rounds (raw, SDK, SDK, raw, ...) and reports
/// the median of the per-round time ratios. On a machine whose load drifts (other builds, other benchmarks),
/// a drift hits both sides of a round alike, where BenchmarkDotNet's one-side-then-the-other runs let it fall on
/// one side only. Complements the BenchmarkDotNet tables (which give the allocations); not a replacement.
/// </summary>
internal static class InterleavedRunner
{
    private const int Rounds = 31;

    /// <param name="output">Where the table goes.</param>
    /// <param name="inMemoryOnly">Only the in-memory pairs (<c>--in-memory</c>): the client's own cost.</param>
    public static int Run(TextWriter output, bool inMemoryOnly = false)
    {
        output.WriteLine($"Interleaved time ratios (row / raw), median of {Rounds} alternating rounds, wall clock and process CPU time; bytes allocated per call:");
        output.WriteLine("| Pair | raw µs/op | row µs/op | Ratio (wall) | IQR (wall) | Ratio (CPU) | IQR (CPU) | raw B/op | row B/op | Ratio (bytes) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        Transport[] transports = inMemoryOnly ? [Transport.InMemory] : [Transport.InMemory, Transport.Loopback];
        foreach (var transport in transports)
        {
            var notify = new NotifyUserNewChatMessageBenchmarks { Transport = transport };
            Measure(output, $"notifyUserNewChatMessage, {transport}: SDK", notify.Setup, notify.Raw, notify.Sdk, notify.Cleanup);
            Measure(output, $"notifyUserNewChatMessage, {transport}: Refit 16.4", notify.Setup, notify.Raw, notify.Refit, notify.Cleanup);
            if (transport == Transport.InMemory)
            {
                Measure(output, $"notifyUserNewChatMessage, {transport}: SDK without its resilience handler (attribution)", notify.Setup, notify.Raw, notify.SdkWithoutResilienceHandler, notify.Cleanup);
            }

            var list = new ListChatsBenchmarks { Transport = transport };
            Measure(output, $"v1 ListAsync (10 chats), {transport}: SDK", list.Setup, list.Raw, list.Sdk, list.Cleanup);
            Measure(output, $"v1 ListAsync (10 chats), {transport}: Refit 16.4", list.Setup, list.Raw, list.Refit, list.Cleanup);
            if (transport == Transport.InMemory)
            {
                Measure(output, $"v1 ListAsync (10 chats), {transport}: SDK without its resilience handler (attribution)", list.Setup, list.Raw, list.SdkWithoutResilienceHandler, list.Cleanup);
            }
        }

        if (inMemoryOnly)
        {
            return 0;
        }

        var hookpoint = new HookpointBenchmarks();
        Measure(output, "messageForCustomer hookpoint, Loopback", hookpoint.Setup, hookpoint.Bare, hookpoint.Sdk, hookpoint.Cleanup);
        var conversation = new ConversationHookpointBenchmarks();
        Measure(output, "messageForCustomer to a waiting conversation reader vs a bare handler, Loopback", conversation.Setup, conversation.Bare, conversation.Conversation, conversation.Cleanup);
        var upload = new AddAttachmentBenchmarks();
        Measure(output, "addAttachment 10 MiB, InMemory", upload.Setup, upload.Raw, upload.Sdk, upload.Cleanup);
        return 0;
    }

    internal static void Measure(TextWriter output, string pair, Action setup, Func<Task> raw, Func<Task> sdk, Action cleanup)
    {
        setup();
        try
        {
            // Warm up both sides for 3 s (tiered JIT and PGO, connection pools: 1 s left the first pair unsteady),
            // then size a round to about 50 ms of raw calls.
            var warmup = Stopwatch.StartNew();
            while (warmup.ElapsedMilliseconds < 3000)
            {
                Run(raw, 50);
                Run(sdk, 50);
            }

            var probe = Stopwatch.StartNew();
            Run(raw, 200);
            var operations = Math.Max(50, (int)(200 * 50 / Math.Max(probe.Elapsed.TotalMilliseconds, 0.001)));

            var wallRatios = new double[Rounds];
            var cpuRatios = new double[Rounds];
            double rawWall = 0, sdkWall = 0;
            for (var round = 0; round < Rounds; round++)
            {
                var rawFirst = round % 2 == 0;
                var (firstWall, firstCpu) = Time(rawFirst ? raw : sdk, operations);
                var (secondWall, secondCpu) = Time(rawFirst ? sdk : raw, operations);
                var (rawRoundWall, rawRoundCpu, sdkRoundWall, sdkRoundCpu) = rawFirst
                    ? (firstWall, firstCpu, secondWall, secondCpu)
                    : (secondWall, secondCpu, firstWall, firstCpu);
                wallRatios[round] = sdkRoundWall / rawRoundWall;
                cpuRatios[round] = sdkRoundCpu / rawRoundCpu;
                rawWall += rawRoundWall;
                sdkWall += sdkRoundWall;
            }

            var rawBytes = BytesPerCall(raw, operations);
            var sdkBytes = BytesPerCall(sdk, operations);
            var perOperation = 1_000_000.0 / (Rounds * (double)operations);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {pair} | {rawWall * perOperation:0.00} | {sdkWall * perOperation:0.00} | {Median(wallRatios):0.00} | {Quartile(wallRatios, 1):0.00}–{Quartile(wallRatios, 3):0.00} | {Median(cpuRatios):0.00} | {Quartile(cpuRatios, 1):0.00}–{Quartile(cpuRatios, 3):0.00} | {rawBytes:0} | {sdkBytes:0} | {sdkBytes / rawBytes:0.00} |"));
        }
        finally
        {
            cleanup();
        }
    }

    /// <summary>Bytes allocated per call, by every thread (continuations may run on the pool), over one more round.</summary>
    private static double BytesPerCall(Func<Task> operation, int operations)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        Run(operation, operations);
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)operations;
    }

    /// <summary>Wall and process CPU seconds of <paramref name="operations"/> calls, one after the other.</summary>
    private static (double Wall, double Cpu) Time(Func<Task> operation, int operations)
    {
        var cpuStart = ProcessCpuClock.Instance.GetTimestamp();
        var wallStart = Stopwatch.GetTimestamp();
        Run(operation, operations);
        var wall = Stopwatch.GetElapsedTime(wallStart).TotalSeconds;
        var cpu = (ProcessCpuClock.Instance.GetTimestamp() - cpuStart) / 1e9;
        return (wall, cpu);
    }

    private static void Run(Func<Task> operation, int operations)
    {
        for (var i = 0; i < operations; i++)
        {
            operation().GetAwaiter().GetResult();
        }
    }

    private static double Median(double[] values) => Quartile(values, 2);

    private static double Quartile(double[] values, int quartile)
    {
        var sorted = values.Order().ToArray();
        return sorted[(sorted.Length - 1) * quartile / 4];
    }
}
