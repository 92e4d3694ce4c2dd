using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.Resilience;

namespace Omnidesk.Chat.Client.Tests.Diagnostics;

/// <summary>Each call is one span, one duration measurement and its log entries; retries and unknown deliveries are counted.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class TelemetryTests
{
    [Test]
    public async Task NotifyUserNewChatMessage_RetriedOnce_IsOneSpanWithTheAttemptsAndARetryEvent()
    {
        using var capture = new ActivityCapture();
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(503));

        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));

        var span = capture.Activities.Single(a => a.Source.Name == OmnideskDiagnostics.ActivitySourceName);
        Assert.That(span.DisplayName, Is.EqualTo("notifyUserNewChatMessage"));
        Assert.That(span.Kind, Is.EqualTo(ActivityKind.Client));
        Assert.That(span.GetTagItem("omnidesk.operation"), Is.EqualTo("notifyUserNewChatMessage"));
        Assert.That(span.GetTagItem("http.request.method"), Is.EqualTo("POST"));
        Assert.That(span.GetTagItem("url.template"), Is.EqualTo("api/v2/chat/notifyUserNewChatMessage"));
        Assert.That(span.GetTagItem("http.response.status_code"), Is.EqualTo(200));
        Assert.That(span.GetTagItem("omnidesk.attempts"), Is.EqualTo(2));
        Assert.That(span.GetTagItem("omnidesk.outcome"), Is.EqualTo("success"));
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Unset));
        var retry = span.Events.Single();
        Assert.That(retry.Name, Is.EqualTo("omnidesk.retry"));
        Assert.That(retry.Tags.ToDictionary(t => t.Key, t => t.Value)["omnidesk.retry.reason"], Is.EqualTo("503"));
        Assert.That(capture.Activities.Count(a => a.Source.Name == "System.Net.Http" && a.Parent == span), Is.EqualTo(2), "one HTTP span per attempt, under the call's span");
    }

    [Test]
    public async Task NotifyUserNewChatMessage_DeliveryUnknown_IsAFailedSpanAndCounted()
    {
        using var capture = new ActivityCapture();
        await using var client = await EmulatedClient.StartAsync();
        using var deliveryUnknown = Collect<long>(client, OmnideskDiagnostics.DeliveryUnknownInstrument);
        using var duration = Collect<double>(client, OmnideskDiagnostics.OperationDurationInstrument);
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.DropAfterProcessing());

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(
            () => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        var span = capture.Activities.Single(a => a.Source.Name == OmnideskDiagnostics.ActivitySourceName);
        Assert.That(span.GetTagItem("omnidesk.outcome"), Is.EqualTo("delivery_unknown"));
        Assert.That(span.GetTagItem("omnidesk.attempts"), Is.EqualTo(1));
        Assert.That(span.GetTagItem("error.type"), Is.EqualTo(typeof(OmnideskDeliveryUnknownException).FullName));
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(span.StatusDescription, Is.EqualTo(error.Message));
        Assert.That(Tagged(deliveryUnknown, "omnidesk.operation", "notifyUserNewChatMessage").Sum(m => m.Value), Is.EqualTo(1));
        Assert.That(Tagged(duration, "omnidesk.outcome", "delivery_unknown").Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Calls_AreMeasuredAndRetriesCountedByReason()
    {
        await using var client = await EmulatedClient.StartAsync();
        using var retries = Collect<long>(client, OmnideskDiagnostics.RetriesInstrument);
        using var duration = Collect<double>(client, OmnideskDiagnostics.OperationDurationInstrument);
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(429));
        client.Emulator.Faults.Next(EmulatorEndpoint.RequestChatQueue, 2, EmulatorFault.Status(500));

        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));
        await client.Chat.RequestChatQueueAsync();

        Assert.That(Tagged(retries, "omnidesk.retry.reason", "429").Sum(m => m.Value), Is.EqualTo(1));
        Assert.That(Tagged(retries, "omnidesk.retry.reason", "500").Sum(m => m.Value), Is.EqualTo(2));
        Assert.That(Tagged(retries, "omnidesk.operation", "requestChatQueue").Sum(m => m.Value), Is.EqualTo(2));
        Assert.That(Tagged(duration, "omnidesk.outcome", "success").Count(), Is.EqualTo(2));
        Assert.That(Tagged(duration, "http.response.status_code", 200).Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task Logging_DebugPerCallWarningPerRetryAndFailure()
    {
        var logs = new FakeLogCollector();
        await using var client = await EmulatedClient.StartAsync(logging: b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs)));
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(503));

        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.DropAfterProcessing());
        Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(() => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Again")));

        var ours = logs.GetSnapshot().Where(e => e.Category == OmnideskDiagnostics.MeterName).Select(e => $"{e.Level}: {e.Message}").ToArray();
        Assert.That(ours, Has.Length.EqualTo(5));
        Assert.That(ours[0], Is.EqualTo("Debug: Omnidesk notifyUserNewChatMessage starting: POST api/v2/chat/notifyUserNewChatMessage"));
        Assert.That(ours[1], Does.Match(@"^Warning: Omnidesk notifyUserNewChatMessage attempt 1 failed \(503\); retrying in \d+ ms$"));
        Assert.That(ours[2], Does.Match(@"^Debug: Omnidesk notifyUserNewChatMessage answered 200 after 2 attempt\(s\) in \d+ ms$"));
        Assert.That(ours[3], Is.EqualTo("Debug: Omnidesk notifyUserNewChatMessage starting: POST api/v2/chat/notifyUserNewChatMessage"));
        Assert.That(ours[4], Does.Match(@"^Warning: Omnidesk notifyUserNewChatMessage failed \(delivery_unknown\) after 1 attempt\(s\) in \d+ ms$"));
    }

    /// <summary>A collector of one instrument of this client's own meter (its service provider's <see cref="IMeterFactory"/>).</summary>
    private static MetricCollector<T> Collect<T>(EmulatedClient client, string instrument)
        where T : struct =>
        new(client.Services.GetRequiredService<IMeterFactory>(), OmnideskDiagnostics.MeterName, instrument);

    private static IEnumerable<CollectedMeasurement<T>> Tagged<T>(MetricCollector<T> collector, string tag, object value)
        where T : struct =>
        collector.GetMeasurementSnapshot().ContainsTags(new KeyValuePair<string, object?>(tag, value));
}
