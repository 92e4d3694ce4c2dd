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

    public static int Run(TextWriter output)
    {
        output.WriteLine($"Interleaved time ratios (SDK / raw), median of {Rounds} alternating rounds, wall clock and process CPU time:");
        output.WriteLine("| Pair | raw µs/op | SDK µs/op | Ratio (wall) | IQR (wall) | Ratio (CPU) | IQR (CPU) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");

        foreach (var transport in (Transport[])[Transport.InMemory, Transport.Loopback])
        {
            var notify = new NotifyUserNewChatMessageBenchmarks { Transport = transport };
            Measure(output, $"notifyUserNewChatMessage, {transport}", notify.Setup, notify.Raw, notify.Sdk, notify.Cleanup);
            var list = new ListChatsBenchmarks { Transport = transport };
            Measure(output, $"v1 ListAsync (10 chats), {transport}", list.Setup, list.Raw, list.Sdk, list.Cleanup);
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

            var perOperation = 1_000_000.0 / (Rounds * (double)operations);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {pair} | {rawWall * perOperation:0.00} | {sdkWall * perOperation:0.00} | {Median(wallRatios):0.00} | {Quartile(wallRatios, 1):0.00}–{Quartile(wallRatios, 3):0.00} | {Median(cpuRatios):0.00} | {Quartile(cpuRatios, 1):0.00}–{Quartile(cpuRatios, 3):0.00} |"));
        }
        finally
        {
            cleanup();
        }
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
