using System.Diagnostics;
using System.Globalization;
using System.Net;
using Omnidesk.Chat.Client.Pipeline;
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
    private int? _status;

    /// <param name="telemetry">The clients' span source, instruments and logger.</param>
    /// <param name="operation">The call's operation.</param>
    /// <param name="serverAddress">The host the call goes to (the client's configured address): the request's own address is not parsed for it.</param>
    public OperationTelemetry(OmnideskTelemetry telemetry, OmnideskOperation operation, string serverAddress)
    {
        _telemetry = telemetry;
        _operation = operation;
        _activity = OmnideskTelemetry.ActivitySource.StartActivity(operation.Name, ActivityKind.Client);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag("omnidesk.operation", operation.Name);
            _activity.SetTag("http.request.method", operation.Method.Method);
            _activity.SetTag("url.template", operation.Path);
            _activity.SetTag("server.address", serverAddress);
            if (telemetry.Account is { } account)
            {
                _activity.SetTag(OmnideskDiagnostics.AccountTag, account);
            }
        }

        OmnideskLog.Starting(telemetry.Logger, operation.Name, operation.Method.Method, operation.Path);
    }

    public void Retrying(int attempt, Outcome<HttpResponseMessage> outcome, TimeSpan delay)
    {
        var reason = OperationOutcome.RetryReason(outcome);
        _telemetry.Retries.Add(1, Tags(new("omnidesk.retry.reason", reason)));
        _activity?.AddEvent(new ActivityEvent("omnidesk.retry", tags: new ActivityTagsCollection
        {
            ["omnidesk.attempt"] = TagValues.Of(attempt),
            ["omnidesk.retry.reason"] = reason,
            ["omnidesk.retry.delay_ms"] = (long)delay.TotalMilliseconds,
        }));
        OmnideskLog.Retrying(_telemetry.Logger, _operation.Name, attempt, reason, (long)delay.TotalMilliseconds);
    }

    /// <summary>An attempt's answer reached the transport: its status goes on the call's span and measurement.</summary>
    public void Answered(HttpStatusCode status) => _status = (int)status;

    /// <summary>The call succeeded: a 2xx whose body was read into its result.</summary>
    public void Succeeded(int attempts)
    {
        var status = _status.GetValueOrDefault(200);
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _telemetry.Duration.Record(elapsed.TotalSeconds, Tags(new("omnidesk.outcome", OperationOutcome.Success), status));
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag("http.response.status_code", TagValues.Of(status));
            _activity.SetTag("omnidesk.attempts", TagValues.Of(attempts));
            _activity.SetTag("omnidesk.outcome", OperationOutcome.Success);
        }

        OmnideskLog.Answered(_telemetry.Logger, _operation.Name, status, attempts, (long)elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// The call failed; <paramref name="failure"/> is what the caller gets. An answer that is a failure (an error
    /// status, or a 2xx whose body says error or cannot be read) is tagged with its status; the span's
    /// <c>error.type</c> is the status of an error status, else the exception's type.
    /// </summary>
    public void Failed(Exception failure, int attempts)
    {
        var outcome = OperationOutcome.Of(failure);
        var errorType = failure is OmnideskApiException { StatusCode: var code } && outcome == OperationOutcome.HttpError
            ? ((int)code).ToString(CultureInfo.InvariantCulture)
            : failure.GetType().FullName;
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _telemetry.Duration.Record(elapsed.TotalSeconds, Tags(new("omnidesk.outcome", outcome), _status));
        if (failure is OmnideskDeliveryUnknownException)
        {
            _telemetry.DeliveryUnknown.Add(1, Tags());
        }

        if (_activity is not null)
        {
            if (_status is { } answered)
            {
                _activity.SetTag("http.response.status_code", TagValues.Of(answered));
            }

            _activity.SetTag("omnidesk.attempts", TagValues.Of(attempts));
            _activity.SetTag("omnidesk.outcome", outcome);
            _activity.SetTag("error.type", errorType);
            _activity.SetStatus(ActivityStatusCode.Error, failure is OmnideskException ? failure.Message : outcome);
        }

        if (failure is OmnideskApiException && _status is { } answer)
        {
            OmnideskLog.AnsweredFailure(_telemetry.Logger, _operation.Name, answer, attempts, (long)elapsed.TotalMilliseconds);
        }
        else
        {
            OmnideskLog.Failed(_telemetry.Logger, failure, _operation.Name, outcome, attempts, (long)elapsed.TotalMilliseconds);
        }
    }

    public void Dispose() => _activity?.Dispose();

    /// <summary>A measurement's tags: the operation, <paramref name="extra"/>, the status when there was one, and the account when it is named.</summary>
    private TagList Tags(KeyValuePair<string, object?>? extra = null, int? status = null)
    {
        var tags = new TagList { { "omnidesk.operation", _operation.Name } };
        if (extra is { } tag)
        {
            tags.Add(tag);
        }

        if (status is { } code)
        {
            tags.Add("http.response.status_code", TagValues.Of(code));
        }

        if (_telemetry.Account is { } account)
        {
            tags.Add(OmnideskDiagnostics.AccountTag, account);
        }

        return tags;
    }
}
