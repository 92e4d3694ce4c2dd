using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Omnidesk.Chat.Sample.Hosting;

/// <summary>
/// <c>--otel</c>: the SDK's spans and metrics through OpenTelemetry to the console, as an app would wire them to
/// its own exporter (OTLP, Azure Monitor): subscribe to the SDK's source and meter by name.
/// </summary>
internal static class SampleTelemetry
{
    public const string Switch = "--otel";

    public static void AddConsoleOpenTelemetry(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(OmnideskDiagnostics.ActivitySourceName)
                .AddConsoleExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(OmnideskDiagnostics.MeterName)
                .AddConsoleExporter());
}
