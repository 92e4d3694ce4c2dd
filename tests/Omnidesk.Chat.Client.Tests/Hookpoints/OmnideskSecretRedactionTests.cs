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
}
