using System.Globalization;
using System.Net;
using Omnidesk.Chat.Client.Pipeline;
using Polly;
using Polly.Timeout;

namespace Omnidesk.Chat.Client.Diagnostics.Internal;

/// <summary>The words spans, metrics and logs use for how a call or an attempt ended.</summary>
internal static class OperationOutcome
{
    public const string Success = "success";
    public const string HttpError = "http_error";

    /// <summary>A 2xx answer that is a failure all the same: its body says error, or cannot be read.</summary>
    public const string ApiError = "api_error";

    public static string Of(Exception failure) => failure switch
    {
        OmnideskApiException { StatusCode: >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous } => ApiError,
        OmnideskApiException => HttpError,
        OmnideskDeliveryUnknownException => "delivery_unknown",
        OmnideskUnavailableException { Reason: OmnideskUnavailableReason.CouldNotConnect } => "could_not_connect",
        OmnideskUnavailableException { Reason: OmnideskUnavailableReason.ConnectionLost } => "connection_lost",
        OmnideskUnavailableException { Reason: OmnideskUnavailableReason.TimedOut } => "timed_out",
        OmnideskUnavailableException { Reason: OmnideskUnavailableReason.CircuitOpen } => "circuit_open",
        OperationCanceledException => "canceled",
        _ => "error",
    };

    public static string RetryReason(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException } => "attempt_timeout",
        { Exception: HttpRequestException failure } => RetryRules.CouldNotConnect(failure) ? "could_not_connect" : "connection_lost",
        { Exception: { } other } => other.GetType().Name,
        { Result: { } response } => ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture),
        _ => "unknown",
    };
}
