using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Benchmarks.Benchmarks;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// <c>--sustained-load</c>: the hookpoint receiver under <c>wrk</c> (64 connections) against the bare minimal-API
/// endpoint in the same in-process Kestrel app, alternating rounds so that load drifting on a shared machine hits
/// both alike; 30 s per endpoint in all. Prints each round, the requests-per-second ratio, the errors, the bytes this
/// process allocated per request for each endpoint (the server is in this process, so that is Kestrel's and the
/// endpoint's allocation together), and its memory after the first and the last round of ours. Exits non-zero when
/// wrk fails or reports errors.
/// </summary>
internal static partial class SustainedLoadRunner
{
    private const int Connections = 64;
    private const int Rounds = 3;
    private const int SecondsPerRound = 10;

    public static async Task<int> RunAsync(TextWriter output)
    {
        await using var server = await LoopbackServer.StartAsync(
            static services => services
                .AddSingleton<HookpointSink>()
                .AddOmnideskHookpoints<SinkHookpointHandler>(options => options.Token = HookpointBenchmarks.Token),
            static app =>
            {
                app.MapOmnideskHookpoints();
                app.MapPost("/bare/messageForCustomer", BareMessageEndpoint.HandleAsync);
            });
        var ours = new Uri(OmnideskHookpointAddress.Build(
            server.Address, OmnideskHookpointEndpointRouteBuilderExtensions.DefaultPrefix, HookpointBenchmarks.Token) + "/messageForCustomer");
        var bare = new Uri(server.Address, "bare/messageForCustomer");
        var script = Path.Combine(Path.GetTempPath(), $"omnidesk-wrk-{Environment.ProcessId}.lua");
        await File.WriteAllTextAsync(script,
            "wrk.method = \"POST\"\n" +
            "wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n" +
            $"wrk.body = \"{Encoding.ASCII.GetString(HookpointBenchmarks.Form)}\"\n");
        try
        {
            output.WriteLine($"wrk -t2 -c{Connections} -d{SecondsPerRound}s, {Rounds} alternating rounds per endpoint; load: {LoadAverage()}");
            await RunWrkAsync(bare, script, seconds: 3);
            await RunWrkAsync(ours, script, seconds: 3);
            double bareTotal = 0, oursTotal = 0;
            long errors = 0;
            var allocated = new Dictionary<string, (long Bytes, long Requests)> { ["bare"] = default, ["ours"] = default };
            (long WorkingSet, long Heap)? firstOurs = null;
            (long WorkingSet, long Heap) lastOurs = default;
            for (var round = 1; round <= Rounds; round++)
            {
                foreach (var (name, route) in new[] { ("bare", bare), ("ours", ours) })
                {
                    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                    var result = await RunWrkAsync(route, script, SecondsPerRound);
                    var roundBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                    allocated[name] = (allocated[name].Bytes + roundBytes, allocated[name].Requests + result.Requests);
                    errors += result.Errors;
                    var memory = (Process.GetCurrentProcess().WorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
                    if (name == "bare")
                    {
                        bareTotal += result.RequestsPerSecond;
                    }
                    else
                    {
                        oursTotal += result.RequestsPerSecond;
                        firstOurs ??= memory;
                        lastOurs = memory;
                    }

                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round} {name}: {result.RequestsPerSecond:F0} req/s, {result.Errors} errors, {(double)roundBytes / result.Requests:F0} B allocated per request, working set {memory.Item1 / 1048576.0:F1} MiB, GC heap {memory.Item2 / 1048576.0:F1} MiB"));
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ours / bare requests per second: {oursTotal / bareTotal:F3} (bare {bareTotal / Rounds:F0}, ours {oursTotal / Rounds:F0} req/s on average); errors: {errors}; " +
                $"allocated per request: ours {PerRequest(allocated["ours"]):F0} B, bare {PerRequest(allocated["bare"]):F0} B; " +
                $"working set after the first and last round of ours: {firstOurs!.Value.WorkingSet / 1048576.0:F1} → {lastOurs.WorkingSet / 1048576.0:F1} MiB; load: {LoadAverage()}"));
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static double PerRequest((long Bytes, long Requests) total) => (double)total.Bytes / total.Requests;

    private static async Task<(double RequestsPerSecond, long Requests, long Errors)> RunWrkAsync(Uri route, string script, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", $"-c{Connections}", $"-d{seconds}s", "-s", script, route.AbsoluteUri])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var text = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0 || RequestsPerSecond().Match(text) is not { Success: true } rate || RequestCount().Match(text) is not { Success: true } count)
        {
            throw new InvalidOperationException($"wrk failed ({wrk.ExitCode}): {text} {await wrk.StandardError.ReadToEndAsync()}");
        }

        var errors = 0L;
        if (NonSuccess().Match(text) is { Success: true } non2xx)
        {
            errors += long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        foreach (Match socket in SocketErrors().Matches(text))
        {
            errors += long.Parse(socket.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return (double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture), errors);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "(unknown)";

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();
}
