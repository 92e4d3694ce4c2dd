using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// <c>--telemetry</c>: listens to every span source and every instrument in the process (the SDK's, Polly's,
/// System.Net.Http's), recording each span and measurement as an exporter would, so that a pair measures its
/// sides with telemetry on. Both sides of a pair pay for what they emit.
/// </summary>
internal sealed class TelemetryListeners : IDisposable
{
    private readonly ActivityListener _spans = new()
    {
        ShouldListenTo = _ => true,
        Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    private readonly MeterListener _instruments = new();

    public TelemetryListeners()
    {
        ActivitySource.AddActivityListener(_spans);
        _instruments.InstrumentPublished = static (instrument, listener) => listener.EnableMeasurementEvents(instrument);
        _instruments.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _instruments.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _instruments.SetMeasurementEventCallback<int>(static (_, _, _, _) => { });
        _instruments.Start();
    }

    public void Dispose()
    {
        _instruments.Dispose();
        _spans.Dispose();
    }
}
