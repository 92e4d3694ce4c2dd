namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>p50, p99 and max of a set of milliseconds (nearest rank); NaN when there are none.</summary>
internal readonly record struct Percentiles(double P50, double P99, double Max)
{
    public static Percentiles Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? new Percentiles(double.NaN, double.NaN, double.NaN)
            : new Percentiles(Rank(sorted, 50), Rank(sorted, 99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
