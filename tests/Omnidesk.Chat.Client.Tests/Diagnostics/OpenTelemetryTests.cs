using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.Resilience;

namespace Omnidesk.Chat.Client.Tests.Diagnostics;

/// <summary>
/// The SDK as OpenTelemetry exports it (the SDK's tracer and meter providers with the in-memory exporter): span
/// names, the semantic-convention attributes, and no secret in any attribute, event or metric tag.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class OpenTelemetryTests
{
    private static readonly ActivitySource TestSource = new("Omnidesk.Chat.Client.Tests.OpenTelemetry");

    [Test]
    public async Task Calls_ExportedByOpenTelemetry_HaveTheirNamesAndSemanticConventionAttributesAndNoSecret()
    {
        var secrets = new Secrets();
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(OmnideskDiagnostics.ActivitySourceName, TestSource.Name)
            .AddInMemoryExporter(spans)
            .Build();
        await using var client = await EmulatedClient.StartAsync(
            resilience: r =>
            {
                r.AttemptTimeout = TimeSpan.FromSeconds(30); // a loaded machine, not a test of timeouts
                r.TotalTimeout = TimeSpan.FromSeconds(60);
            },
            options: o => o.ChatServer = secrets.HookpointAddress,
            emulatorOptions: new OmnideskEmulatorOptions
            {
                ApiKey = secrets.ApiKey,
                ChatsApiKey = secrets.ChatsApiKey,
                ChatAccountToken = secrets.ChatAccountToken,
                ChatServerToken = secrets.ChatServerToken,
            });
        using var meters = Sdk.CreateMeterProviderBuilder()
            .AddMeter(OmnideskDiagnostics.MeterName)
            .AddInMemoryExporter(metrics)
            .Build();
        client.Emulator.Faults.Next(EmulatorEndpoint.AddAttachment, 1, EmulatorFault.Status(401));

        ActivityTraceId trace;
        using (var root = TestSource.StartActivity("test")!)
        {
            trace = root.TraceId;
            await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));
            await client.Chats.ListAsync();
            using var file = new MemoryStream("%PDF-1.4"u8.ToArray());
            Assert.ThrowsAsync<OmnideskApiException>(() =>
                client.Chat.AddAttachmentAsync(file, "invoice.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = "session-1" }));
        }

        tracing.ForceFlush();
        meters.ForceFlush();
        var ours = spans.Where(s => s.TraceId == trace && s.Source.Name == OmnideskDiagnostics.ActivitySourceName).ToList();
        Assert.That(ours.Select(s => s.DisplayName), Is.EqualTo(new[] { "notifyUserNewChatMessage", "chats.list", "addAttachment" }));
        Assert.That(ours.Select(s => s.Kind), Has.All.EqualTo(ActivityKind.Client));
        Assert.That(ours.Select(s => s.GetTagItem("http.request.method")), Is.EqualTo(new[] { "POST", "GET", "POST" }));
        Assert.That(ours.Select(s => s.GetTagItem("server.address")), Has.All.EqualTo(client.Emulator.BaseAddress.Host));
        Assert.That(ours.Select(s => s.GetTagItem("http.response.status_code")), Is.EqualTo(new object[] { 200, 200, 401 }));
        Assert.That(ours[0].GetTagItem("error.type"), Is.Null);
        Assert.That(ours[2].GetTagItem("error.type"), Is.EqualTo("401"), "an HTTP error status is its own error type, as the HTTP semantic conventions say");
        Assert.That(ours[2].Status, Is.EqualTo(ActivityStatusCode.Error));

        var exported = ours.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}")
                .Concat(s.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Append(e.Name)))
                .Append(s.DisplayName)
                .Append(s.StatusDescription ?? string.Empty))
            .Concat(metrics.SelectMany(MetricTags))
            .ToList();
        Assert.That(metrics.Select(m => m.Name), Does.Contain(OmnideskDiagnostics.OperationDurationInstrument), "the meter was exported, so the check below means something");
        foreach (var (name, value) in secrets.All)
        {
            Assert.That(exported.Where(text => text.Contains(value, StringComparison.Ordinal)), Is.Empty, $"the {name} leaked");
        }
    }

    private static IEnumerable<string> MetricTags(Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            foreach (var tag in point.Tags)
            {
                yield return $"{metric.Name} {tag.Key}={tag.Value}";
            }
        }
    }
}
