using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Omnidesk.Chat.Client.Benchmarks.ConversationLoad;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;

// Runs the pairs chosen on the command line (BenchmarkDotNet's options: --filter, --job, --inProcess, ...), plus
// --cpu-clock: time by this process's CPU time rather than wall time (see ProcessCpuClock), and
// --interleaved: instead of BenchmarkDotNet, the pairs' time ratios from alternating rounds (see InterleavedRunner),
// with an attribution row per in-memory pair: the SDK with the library's resilience handler removed,
// --in-memory: with --interleaved, the in-memory pairs only, and --telemetry: every span and instrument listened to
// (as an application exporting them would), for both sides of each pair (see TelemetryListeners).
// --sustained-load: the hookpoint receiver against the bare endpoint under wrk, 64 connections (see SustainedLoadRunner).
// --conversation-load: conversations under an open-loop agent, instances as separate processes, in memory and on
// Redis (see ConversationLoadDriver); this executable started with --conversation-load-instance is one instance.
// Exits non-zero when a benchmark failed (its setup's same-request check included) so CI's dry run notices.
if (args.Contains(LoadInstance.Role))
{
    return await LoadInstance.RunAsync(args);
}

if (args.Contains(ConversationLoadDriver.Mode))
{
    return await ConversationLoadDriver.RunAsync(args, Console.Out);
}

using var telemetry = args.Contains("--telemetry") ? new TelemetryListeners() : null;
if (args.Contains("--sustained-load"))
{
    return await SustainedLoadRunner.RunAsync(Console.Out);
}

if (args.Contains("--interleaved"))
{
    return InterleavedRunner.Run(Console.Out, inMemoryOnly: args.Contains("--in-memory"));
}

var cpuClock = args.Contains("--cpu-clock");
args = [.. args.Where(arg => arg is not ("--cpu-clock" or "--telemetry"))];
var config = cpuClock
    ? DefaultConfig.Instance.AddJob(Job.Default.WithClock(ProcessCpuClock.Instance).AsDefault())
    : DefaultConfig.Instance;

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
var listedOnly = args.Any(arg => arg is "--list" or "--help" or "-h" or "--version" or "--info");
if (listedOnly)
{
    return 0;
}

var failed = summaries.Length == 0
    || summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Length == 0 || summary.Reports.Any(report => !report.Success));
if (failed)
{
    Console.Error.WriteLine("Benchmarks failed: see the errors above.");
}

return failed ? 1 : 0;
