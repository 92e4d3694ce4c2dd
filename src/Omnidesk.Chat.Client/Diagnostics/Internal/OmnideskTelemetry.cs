using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Http.Internal;

namespace Omnidesk.Chat.Client.Diagnostics.Internal;

/// <summary>The clients' span source, instruments and logger, shared by every call (a singleton).</summary>
internal sealed class OmnideskTelemetry
{
    internal static readonly ActivitySource ActivitySource = new(OmnideskDiagnostics.ActivitySourceName, typeof(OmnideskTelemetry).Assembly.GetName().Version?.ToString());

    public OmnideskTelemetry(IMeterFactory meterFactory, ILoggerFactory loggerFactory)
    {
        var meter = meterFactory.Create(OmnideskDiagnostics.MeterName);
        Duration = meter.CreateHistogram<double>(OmnideskDiagnostics.OperationDurationInstrument, "s", "Duration of each Omnidesk call, retries included.");
        Retries = meter.CreateCounter<long>(OmnideskDiagnostics.RetriesInstrument, "{retry}", "Retries of Omnidesk calls.");
        DeliveryUnknown = meter.CreateCounter<long>(OmnideskDiagnostics.DeliveryUnknownInstrument, "{call}", "Omnidesk calls sent whose fate is unknown.");
        Logger = loggerFactory.CreateLogger(OmnideskDiagnostics.MeterName);
    }

    public Histogram<double> Duration { get; }

    public Counter<long> Retries { get; }

    public Counter<long> DeliveryUnknown { get; }

    public ILogger Logger { get; }

    /// <summary>Starts the span, the clock and the debug entry of one call to <paramref name="serverAddress"/>.</summary>
    public OperationTelemetry Start(OmnideskOperation operation, string serverAddress) => new(this, operation, serverAddress);

    public void CircuitOpened(TimeSpan breakDuration) => OmnideskLog.CircuitOpened(Logger, (long)breakDuration.TotalMilliseconds);

    public void CircuitClosed() => OmnideskLog.CircuitClosed(Logger);
}
