using System.Diagnostics;
using System.Globalization;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// What one store's run gave: the counts over every hookpoint sent, and the rates and latencies over the measured
/// window (the hookpoints planned after the warm-up). Latency is to the first time a reader had the message.
/// </summary>
internal sealed record PhaseResult(string Store, int Instances, int Offered)
{
    /// <summary>When the rate counts as kept: the answers kept up with the plan and the sender was never late by much.</summary>
    private const double KeptShare = 0.97;
    private const double KeptSenderLagMilliseconds = 10;

    public int Sent { get; init; }
    public int Ok { get; init; }
    public int AnsweredOther { get; init; }
    public int NoAnswer { get; init; }
    public int Delivered { get; init; }
    public int Duplicates { get; init; }
    /// <summary>A message read after a later one of its session although its 200 came before the later one was sent.</summary>
    public int OrderViolations { get; init; }

    /// <summary>A message read after a later one while both were in flight together: no order was set, so no fault.</summary>
    public int ReorderedInFlight { get; init; }
    public int Lost { get; init; }
    public int DeliveredNotOk { get; init; }
    public double SentPerSecond { get; init; }
    public double OkPerSecond { get; init; }
    public double DeliveredPerSecond { get; init; }
    public Percentiles AnsweredToReader { get; init; }
    public Percentiles SentToReader { get; init; }
    public Percentiles SenderLag { get; init; }
    public CommandStats? Commands { get; init; }

    public bool RateKept => OkPerSecond >= KeptShare * Offered && SenderLag.P99 <= KeptSenderLagMilliseconds;

    public bool Correct => Sent == Ok && Lost == 0 && Duplicates == 0 && OrderViolations == 0 && DeliveredNotOk == 0;

    public static PhaseResult Analyze(string store, int instances, int offered, TimeSpan warmup, SendRecord[] records, List<Receipt> receipts)
    {
        var first = receipts.GroupBy(receipt => receipt.Text, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Min(receipt => receipt.Timestamp), StringComparer.Ordinal);
        var ok = records.Where(record => record.Status == 200).ToArray();
        var okTexts = ok.Select(record => record.Text).ToHashSet(StringComparer.Ordinal);
        var measuredFrom = records[0].Scheduled + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measured = records.Where(record => record.Scheduled >= measuredFrom).ToArray();
        var measuredOk = measured.Where(record => record.Status == 200).ToArray();
        var measuredDelivered = measuredOk.Where(record => first.ContainsKey(record.Text)).ToArray();
        var windowStart = measured.Length == 0 ? 0 : measured.Min(record => record.Sent);
        var (violations, inFlight) = Reorderings(receipts, records.ToDictionary(record => record.Text, StringComparer.Ordinal));
        return new PhaseResult(store, instances, offered)
        {
            Sent = records.Count(record => record.Sent != 0),
            Ok = ok.Length,
            AnsweredOther = records.Count(record => record.Status > 0 && record.Status != 200),
            NoAnswer = records.Count(record => record.Status <= 0),
            Delivered = receipts.Count,
            Duplicates = receipts.Count - first.Count,
            OrderViolations = violations,
            ReorderedInFlight = inFlight,
            Lost = ok.Count(record => !first.ContainsKey(record.Text)),
            DeliveredNotOk = first.Keys.Count(text => !okTexts.Contains(text)),
            SentPerSecond = PerSecond(measured.Length - 1, windowStart, measured.Select(record => record.Sent).DefaultIfEmpty().Max()),
            OkPerSecond = PerSecond(measuredOk.Length, windowStart, measuredOk.Select(record => record.Answered).DefaultIfEmpty().Max()),
            DeliveredPerSecond = PerSecond(measuredDelivered.Length, windowStart, measuredDelivered.Select(record => first[record.Text]).DefaultIfEmpty().Max()),
            AnsweredToReader = Percentiles.Of(measuredDelivered.Select(record => Milliseconds(record.Answered, first[record.Text]))),
            SentToReader = Percentiles.Of(measuredDelivered.Select(record => Milliseconds(record.Sent, first[record.Text]))),
            SenderLag = Percentiles.Of(measured.Select(record => Milliseconds(record.Scheduled, record.Sent))),
        };
    }

    public static string CountsHeader =>
        "| store | instances | sent | answered 200 | answered other | no answer | delivered | duplicates | order violations | reordered in flight | lost (200, not read by the end of the drain) | delivered though not 200 |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|";

    public string CountsRow => Format(
        $"| {Store} | {Instances} | {Sent:N0} | {Ok:N0} | {AnsweredOther} | {NoAnswer} | {Delivered:N0} | {Duplicates} | {OrderViolations} | {ReorderedInFlight} | {Lost} | {DeliveredNotOk} |");

    public static string RatesHeader =>
        "| store | offered/s | sent/s | answered 200/s | delivered/s | rate kept | answered → reader p50 | p99 | max | sent → reader p50 | p99 | max | sender late p99 | max |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    public string RatesRow => Format(
        $"| {Store} | {Offered:N0} | {SentPerSecond:N0} | {OkPerSecond:N0} | {DeliveredPerSecond:N0} | {(RateKept ? "yes" : "**no**")} | {AnsweredToReader.P50:0.00} ms | {AnsweredToReader.P99:0.00} ms | {AnsweredToReader.Max:0.0} ms | {SentToReader.P50:0.00} ms | {SentToReader.P99:0.00} ms | {SentToReader.Max:0.0} ms | {SenderLag.P99:0.0} ms | {SenderLag.Max:0.0} ms |");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static double PerSecond(int count, long from, long to) => to > from ? count * (double)Stopwatch.Frequency / (to - from) : double.NaN;

    /// <summary>
    /// Adjacent pairs in a session's reading order where a message came after a later one of the agent's: a violation
    /// when the earlier one's 200 had come back before the later one was sent (the agent had set the order), otherwise
    /// reordered in flight (an open-loop sender can have a session's messages in flight at once, on two instances).
    /// </summary>
    private static (int Violations, int InFlight) Reorderings(List<Receipt> receipts, Dictionary<string, SendRecord> records)
    {
        int violations = 0, inFlight = 0;
        var previous = new Dictionary<int, SendRecord>();
        foreach (var receipt in receipts)
        {
            var record = records[receipt.Text];
            if (previous.TryGetValue(record.Session, out var before) && record.Number < before.Number)
            {
                if (record.Status == 200 && record.Answered < before.Sent)
                {
                    violations++;
                }
                else
                {
                    inFlight++;
                }
            }

            previous[record.Session] = record;
        }

        return (violations, inFlight);
    }
}
