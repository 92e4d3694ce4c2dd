using System.Globalization;
using System.Text;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>The run's tables in Markdown, as docs/conversation-load.md shows them.</summary>
internal static class LoadReport
{
    /// <summary>The issue's bar for the Redis row's answered → reader p99.</summary>
    private const double TargetP99Milliseconds = 5;

    public static string Format(ConversationLoadSettings settings, IReadOnlyList<PhaseResult> results)
    {
        var text = new StringBuilder()
            .AppendLine(PhaseResult.RatesHeader);
        foreach (var result in results)
        {
            text.AppendLine(result.RatesRow);
        }

        text.AppendLine().AppendLine(PhaseResult.CountsHeader);
        foreach (var result in results)
        {
            text.AppendLine(result.CountsRow);
        }

        foreach (var result in results.Where(result => result.Commands is not null))
        {
            var calls = result.Commands!.Calls;
            text.AppendLine()
                .AppendLine(Invariant($"Redis commands executed during the {result.Store} run ({result.Sent:N0} hookpoints, {result.Delivered:N0} delivered events; commands a script runs are counted too, under their names):"))
                .AppendLine()
                .AppendLine("| command | calls | per hookpoint | per delivered event |")
                .AppendLine("|---|---|---|---|");
            foreach (var (command, count) in calls.OrderByDescending(pair => pair.Value))
            {
                text.AppendLine(Row(command, count, result));
            }

            text.AppendLine(Row("**all**", calls.Values.Sum(), result));
        }

        foreach (var result in results.Where(result => result.Commands is not null))
        {
            text.AppendLine().AppendLine(Invariant(
                $"{result.Store}: answered → reader p99 {result.AnsweredToReader.P99:0.00} ms at {settings.Rate:N0}/s offered: {(result.AnsweredToReader.P99 <= TargetP99Milliseconds && result.RateKept ? "within" : "NOT within")} the {TargetP99Milliseconds} ms bar{(result.RateKept ? string.Empty : " (the offered rate was not kept)")}."));
        }

        return text.ToString();
    }

    private static string Row(string command, long count, PhaseResult result) =>
        Invariant($"| {command} | {count:N0} | {(double)count / result.Sent:0.00} | {(double)count / result.Delivered:0.00} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
