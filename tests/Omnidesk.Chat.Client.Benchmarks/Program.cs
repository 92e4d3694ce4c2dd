using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Runs the pairs chosen on the command line (BenchmarkDotNet's options: --filter, --job, --inProcess, ...).
// Exits non-zero when a benchmark failed (its setup's same-request check included) so CI's dry run notices.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance).ToArray();
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
