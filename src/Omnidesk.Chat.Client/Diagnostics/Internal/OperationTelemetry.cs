using System.Diagnostics;
using System.Globalization;
using Omnidesk.Chat.Client.Http.Internal;
using Polly;

namespace Omnidesk.Chat.Client.Diagnostics.Internal;

/// <summary>
/// The span, duration, counters and log entries of one call. Tags hold the operation, method, path template,
/// status, attempts and outcome: never an address with its query, a header or a body.
/// </summary>
internal sealed class OperationTelemetry : IDisposable
{
    private readonly OmnideskTelemetry _telemetry;
    private readonly OmnideskOperation _operation;
    private readonly Activity? _activity;
    private readonly long _started = Stopwatch.GetTimestamp();

    public OperationTelemetry(OmnideskTelemetry telemetry, OmnideskOperation operation, HttpRequestMessage request)
    {
        _telemetry = telemetry;
        _operation = operation;
        _activity = OmnideskTelemetry.ActivitySource.StartActivity(operation.Name, ActivityKind.Client);
        if (_activity is not null)
        {
            _activity.SetTag("omnidesk.operation", operation.Name);
            _activity.SetTag("http.request.method", request.Method.Method);
            _activity.SetTag("url.template", operation.Path);
            _activity.SetTag("server.address", request.RequestUri?.Host);
        }

        OmnideskLog.Starting(telemetry.Logger, operation.Name, request.Method.Method, operation.Path);
    }

    public void Retrying(int attempt, Outcome<HttpResponseMessage> outcome, TimeSpan delay)
    {
        var reason = OperationOutcome.RetryReason(outcome);
        _telemetry.Retries.Add(1, new("omnidesk.operation", _operation.Name), new("omnidesk.retry.reason", reason));
        _activity?.AddEvent(new ActivityEvent("omnidesk.retry", tags: new ActivityTagsCollection
        {
            ["omnidesk.attempt"] = attempt,
            ["omnidesk.retry.reason"] = reason,
            ["omnidesk.retry.delay_ms"] = (long)delay.TotalMilliseconds,
        }));
        OmnideskLog.Retrying(_telemetry.Logger, _operation.Name, attempt, reason, (long)delay.TotalMilliseconds);
    }

    /// <summary>The call got an answer (a success or an HTTP error status).</summary>
    public void Answered(HttpResponseMessage response, int attempts)
    {
        var status = (int)response.StatusCode;
        var outcome = response.IsSuccessStatusCode ? OperationOutcome.Success : OperationOutcome.HttpError;
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _telemetry.Duration.Record(
            elapsed.TotalSeconds,
            new("omnidesk.operation", _operation.Name),
            new("omnidesk.outcome", outcome),
            new("http.response.status_code", status));
        if (_activity is not null)
        {
            _activity.SetTag("http.response.status_code", status);
            _activity.SetTag("omnidesk.attempts", attempts);
            _activity.SetTag("omnidesk.outcome", outcome);
            if (!response.IsSuccessStatusCode)
            {
                _activity.SetTag("error.type", status.ToString(CultureInfo.InvariantCulture));
                _activity.SetStatus(ActivityStatusCode.Error, string.Create(CultureInfo.InvariantCulture, $"{_operation.Name} answered {status}"));
            }
        }

        if (response.IsSuccessStatusCode)
        {
            OmnideskLog.Answered(_telemetry.Logger, _operation.Name, status, attempts, (long)elapsed.TotalMilliseconds);
        }
        else
        {
            OmnideskLog.AnsweredFailure(_telemetry.Logger, _operation.Name, status, attempts, (long)elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The call failed without an answer; <paramref name="failure"/> is what the caller gets.</summary>
    public void Failed(Exception failure, int attempts)
    {
        var outcome = OperationOutcome.Of(failure);
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _telemetry.Duration.Record(elapsed.TotalSeconds, new("omnidesk.operation", _operation.Name), new("omnidesk.outcome", outcome));
        if (failure is OmnideskDeliveryUnknownException)
        {
            _telemetry.DeliveryUnknown.Add(1, new KeyValuePair<string, object?>("omnidesk.operation", _operation.Name));
        }

        if (_activity is not null)
        {
            _activity.SetTag("omnidesk.attempts", attempts);
            _activity.SetTag("omnidesk.outcome", outcome);
            _activity.SetTag("error.type", failure.GetType().FullName);
            _activity.SetStatus(ActivityStatusCode.Error, failure is OmnideskException ? failure.Message : outcome);
        }

        OmnideskLog.Failed(_telemetry.Logger, failure, _operation.Name, outcome, attempts, (long)elapsed.TotalMilliseconds);
    }

    public void Dispose() => _activity?.Dispose();
}
