using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Diagnostics;

/// <summary>With several accounts in one app, every span, measurement and log entry says which account a call was for.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AccountTelemetryTests
{
    [Test]
    public async Task CallsOfTwoAccounts_AreToldApartInSpansMeasurementsAndLogs()
    {
        await using var main = await OmnideskEmulator.StartAsync();
        await using var brandB = await OmnideskEmulator.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddOmnideskChat(options => Point(options, main));
        services.AddOmnideskChat("brand-b", options => Point(options, brandB));
        await using var provider = services.BuildServiceProvider();
        using var durations = new MetricCollector<double>(provider.GetRequiredService<IMeterFactory>(), OmnideskDiagnostics.MeterName, OmnideskDiagnostics.OperationDurationInstrument);
        using var capture = new ActivityCapture();

        await provider.GetRequiredService<IOmnideskChatApi>().RequestChatQueueAsync();
        await provider.GetRequiredKeyedService<IOmnideskChatApi>("brand-b").RequestChatQueueAsync();

        var spans = capture.Activities.Where(a => a.Source.Name == OmnideskDiagnostics.ActivitySourceName).ToList();
        Assert.That(spans.Select(span => span.GetTagItem(OmnideskDiagnostics.AccountTag)), Is.EqualTo(new object?[] { null, "brand-b" }));
        Assert.That(durations.GetMeasurementSnapshot().Select(m => m.Tags.GetValueOrDefault(OmnideskDiagnostics.AccountTag)), Is.EqualTo(new object?[] { null, "brand-b" }));
        var answered = provider.GetRequiredService<FakeLogCollector>().GetSnapshot()
            .Where(record => record.Message.StartsWith("Omnidesk requestChatQueue answered 200", StringComparison.Ordinal))
            .Select(record => record.Category);
        Assert.That(answered, Is.EqualTo(new[] { "Omnidesk.Chat.Client", "Omnidesk.Chat.Client.Accounts.brand-b" }));
    }

    private static void Point(OmnideskChatOptions options, OmnideskEmulator emulator)
    {
        options.BaseAddress = emulator.BaseAddress;
        options.ApiKey = emulator.Options.ApiKey;
        options.ChatAccountToken = emulator.Options.ChatAccountToken;
    }
}
