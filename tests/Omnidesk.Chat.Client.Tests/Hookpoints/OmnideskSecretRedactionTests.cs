using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Tests.Hookpoints;

[Parallelizable(ParallelScope.All)]
public sealed class OmnideskSecretRedactionTests
{
    private const string Token = "Tk9f3Qm2Lr8Xw1Zp5Vb7Nc4Hd6Js0Ga2Ye";

    [Test]
    public void Wrap_EntryScopeAndStructuredValues_ReachTheProviderMasked()
    {
        using var provider = new FakeLoggerProvider();
        using var inner = LoggerFactory.Create(builder => builder.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        using var factory = OmnideskSecretRedaction.Wrap(inner, () => [Token, null, ""]);
        var logger = factory.CreateLogger("Test");

        using (logger.BeginScope("path /omnidesk/{Token}/endSession", Token))
        {
            logger.LogInformation("Request starting POST /omnidesk/{Token}/endSession ({Length} bytes)", Token, 12);
        }

        logger.LogWarning("encoded: {Address}", Uri.EscapeDataString("a b/" + Token));

        var records = provider.Collector.GetSnapshot();
        Assert.That(records.Select(r => r.Message), Is.EqualTo(new[]
        {
            "Request starting POST /omnidesk/***/endSession (12 bytes)",
            "encoded: a%20b%2F***",
        }));
        Assert.That(records[0].StructuredState!.Select(p => p.Value), Is.EqualTo(new[] { "***", "12", "Request starting POST /omnidesk/{Token}/endSession ({Length} bytes)" }));
        Assert.That(records[0].Scopes.Single()!.ToString(), Is.EqualTo("path /omnidesk/***/endSession"));
    }

    [Test]
    public void Redact_TextWithTheSecret_MasksEveryOccurrence()
    {
        Assert.That(
            OmnideskSecretRedaction.Redact($"/omnidesk/{Token}/x?t={Token}", [Token]),
            Is.EqualTo("/omnidesk/***/x?t=***"));
    }

    [Test]
    public void RedactSpan_RecordingSpan_MasksItsAddressTagsAndNameAndKeepsTheRest()
    {
        using var source = new ActivitySource("Omnidesk.Chat.Client.Tests.RedactSpan");
        using var listener = RecordEverything(source);
        using var span = source.StartActivity($"POST /omnidesk/{Token}/endSession")!;
        span.SetTag("url.full", $"https://bot.example/omnidesk/{Token}/endSession");
        span.SetTag("url.path", $"/omnidesk/{Token}/endSession");
        span.SetTag("http.target", $"/omnidesk/{Uri.EscapeDataString(Token + " ")}/endSession");
        span.SetTag("http.url", "https://bot.example/health");
        span.SetTag("server.address", Token);

        OmnideskSecretRedaction.RedactSpan(span, [Token + " ", Token, null]);

        Assert.That(span.DisplayName, Is.EqualTo("POST /omnidesk/***/endSession"));
        Assert.That(span.GetTagItem("url.full"), Is.EqualTo("https://bot.example/omnidesk/***/endSession"));
        Assert.That(span.GetTagItem("url.path"), Is.EqualTo("/omnidesk/***/endSession"));
        Assert.That(span.GetTagItem("http.target"), Is.EqualTo("/omnidesk/***/endSession"), "the percent-encoded form");
        Assert.That(span.GetTagItem("http.url"), Is.EqualTo("https://bot.example/health"));
        Assert.That(span.GetTagItem("server.address"), Is.EqualTo(Token), "only the address tags are rewritten");
    }

    [Test]
    public void RedactSpan_SpanNotRecording_IsLeftAlone()
    {
        using var source = new ActivitySource("Omnidesk.Chat.Client.Tests.RedactSpan.Propagation");
        using var listener = new ActivityListener
        {
            ShouldListenTo = candidate => candidate == source,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
        };
        ActivitySource.AddActivityListener(listener);
        using var span = source.StartActivity($"POST /omnidesk/{Token}/endSession")!;

        OmnideskSecretRedaction.RedactSpan(span, [Token]);
        OmnideskSecretRedaction.RedactSpan(null, [Token]);

        Assert.That(span.IsAllDataRequested, Is.False);
        Assert.That(span.DisplayName, Is.EqualTo($"POST /omnidesk/{Token}/endSession"));
        Assert.Throws<ArgumentNullException>(() => OmnideskSecretRedaction.RedactSpan(span, null!));
    }

    private static ActivityListener RecordEverything(ActivitySource source)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = candidate => candidate == source,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
