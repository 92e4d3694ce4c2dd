using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.Resilience;

namespace Omnidesk.Chat.Client.Tests.Diagnostics;

/// <summary>
/// A 200 whose body says error is a failure in the telemetry too, not a success; and the library's own
/// resilience telemetry (the <c>Polly</c> meter) reports alongside the SDK's, with no secret in any tag.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class FailedAnswerTelemetryTests
{
    [Test]
    public async Task Answer200WhoseBodySaysError_IsAFailedSpanMeasurementAndLogEntry()
    {
        using var capture = new ActivityCapture();
        // Omnidesk answers some errors with 200 and an error body; the emulator answers 409, turned into 200 here.
        await using var client = await EmulatedClient.StartAsync(
            logging: b => b.AddFakeLogging(),
            moreServices: s => s.AddHttpClient("Omnidesk.Chat.Client").AddHttpMessageHandler(() => new ErrorsAsOkHandler()));
        using var durations = new MetricCollector<double>(client.Services.GetRequiredService<IMeterFactory>(), OmnideskDiagnostics.MeterName, OmnideskDiagnostics.OperationDurationInstrument);
        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));
        await client.Chat.NotifyUserEndChatAsync(new EndChat { ChatSessionId = "session-1" });
        capture.Dispose();
        using var visitCapture = new ActivityCapture();

        var error = Assert.ThrowsAsync<OmnideskApiException>(() =>
            client.Chat.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = "session-1", Url = "https://www.brand.com/" }))!;

        Assert.That((int)error.StatusCode, Is.EqualTo(200));
        var span = visitCapture.Activities.Single(a => a.Source.Name == OmnideskDiagnostics.ActivitySourceName);
        Assert.That(span.GetTagItem("omnidesk.outcome"), Is.EqualTo("api_error"));
        Assert.That(span.GetTagItem("error.type"), Is.EqualTo(typeof(OmnideskApiException).FullName));
        Assert.That(span.GetTagItem("http.response.status_code"), Is.EqualTo(200));
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
        var visit = durations.GetMeasurementSnapshot().Single(m => m.Tags["omnidesk.operation"] is "notifyUserVisited");
        Assert.That(visit.Tags["omnidesk.outcome"], Is.EqualTo("api_error"));
        Assert.That(visit.Tags["http.response.status_code"], Is.EqualTo(200));
        var logged = client.Services.GetRequiredService<FakeLogCollector>().GetSnapshot().Last(r => r.Category == OmnideskDiagnostics.MeterName);
        Assert.That(logged.Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(logged.Message, Does.Match(@"^Omnidesk notifyUserVisited answered 200 \(a failure\) after 1 attempt\(s\) in \d+ ms$"));
    }

    [Test]
    public async Task LibraryTelemetry_CountsTheRetryUnderTheOperationsName_WithNoSecretInAnyTag()
    {
        using var events = new MetricCollector<int>(null, "Polly", "resilience.polly.strategy.events");
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(503));

        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));

        var retries = events.GetMeasurementSnapshot().Where(m => m.Tags.TryGetValue("event.name", out var name) && name is "OnRetry").ToArray();
        Assert.That(retries.Any(m => m.Tags["operation.key"] is "notifyUserNewChatMessage" && m.Tags["pipeline.name"] is "Omnidesk.Chat.Client-omnidesk"), Is.True);
        var secrets = new[] { client.Emulator.Options.ApiKey, client.Emulator.Options.ChatsApiKey, client.Emulator.Options.ChatAccountToken, EmulatedClient.ChatServer };
        var values = events.GetMeasurementSnapshot().SelectMany(m => m.Tags.Values).Select(v => v?.ToString() ?? string.Empty).ToArray();
        Assert.That(values.Where(v => secrets.Any(s => !string.IsNullOrEmpty(s) && v.Contains(s!, StringComparison.Ordinal))), Is.Empty);
    }

    /// <summary>Answers every error status as 200, keeping the error body.</summary>
    private sealed class ErrorsAsOkHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            response.StatusCode = System.Net.HttpStatusCode.OK;
            return response;
        }
    }
}
