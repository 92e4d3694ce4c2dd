using System.Globalization;

namespace Omnidesk.Chat.Client.Redis.Tests.Load;

/// <summary>The figures of one load run, as the README's table shows them.</summary>
internal sealed record LoadResult(
    string Store,
    int Sent,
    int Delivered,
    int Duplicates,
    int OrderViolations,
    TimeSpan SendPhase,
    double P50Milliseconds,
    double P99Milliseconds,
    double MaxMilliseconds)
{
    /// <summary>Hookpoints not answered ok (none expected: Redis stays up in this run).</summary>
    public int Refused { get; init; }

    /// <summary>From the hookpoint leaving the agent to the reader having it: p50.</summary>
    public double SentP50Milliseconds { get; init; }

    /// <summary>From the hookpoint leaving the agent to the reader having it: p99.</summary>
    public double SentP99Milliseconds { get; init; }

    public static string Header =>
        "| store | hookpoints answered ok | delivered | duplicates | order violations | events/s | answered → reader woken p50 | p99 | max | sent → reader woken p50 | p99 |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|";

    public string Row => string.Create(CultureInfo.InvariantCulture,
        $"| {Store} | {Sent:N0} | {Delivered:N0} | {Duplicates} | {OrderViolations} | {Sent / SendPhase.TotalSeconds:N0} | {P50Milliseconds:0.0} ms | {P99Milliseconds:0.0} ms | {MaxMilliseconds:0.0} ms | {SentP50Milliseconds:0.0} ms | {SentP99Milliseconds:0.0} ms |");

    /// <summary>The value below which <paramref name="percent"/> of the sorted values lie (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
