using Omnidesk.Chat.Client.Diagnostics.Internal;
using Omnidesk.Chat.Client.Resilience.Internal;

namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// A request made by <see cref="OmnideskTransport.CreateRequest"/>: it carries its operation to the handlers (the
/// retry rule reads its name and rule), and the call's telemetry and state between the transport and the
/// handlers, as fields rather than through the per-request options dictionary.
/// </summary>
internal sealed class OmnideskRequest(OmnideskOperation operation, Uri requestUri) : HttpRequestMessage(operation.Method, requestUri)
{
    public OmnideskOperation Operation { get; } = operation;

    /// <summary>The call's span, metrics and logs, started and ended by the transport; the retry strategy adds its retries.</summary>
    public OperationTelemetry? Telemetry { get; set; }

    /// <summary>What the resilience handlers saw of the call (its attempts), set by <see cref="OmnideskCallHandler"/>.</summary>
    public CallState? Call { get; set; }

    /// <summary>How many attempts were sent or tried; 0 when the circuit was open or the handlers were not reached.</summary>
    public int Attempts => Call?.Attempts ?? 0;

    /// <summary>Returns the body of an answer the call still holds (one no one read) to the pool.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Call?.ReleaseAnswer();
        }

        base.Dispose(disposing);
    }
}
