using System.Net;
using System.Net.Sockets;
using Omnidesk.Chat.Client.Http.Internal;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Omnidesk.Chat.Client.Resilience.Internal;

/// <summary>
/// The retry rules of <see cref="RetrySafety"/>, applied to one attempt's outcome. Reads are retried on any
/// transient failure; calls that create or add are retried only when the failure proves the server did not
/// act on them.
/// </summary>
internal static class RetryRules
{
    /// <summary>Whether the attempt failed in a way that may pass: no answer, 408, 429 or a 5xx.</summary>
    public static bool IsTransientFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConfigurationLimitExceeded } } => false,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: null, Result: { } response } => IsTransientStatus(response.StatusCode),
        _ => false,
    };

    /// <summary>Whether the attempt's failure proves the server did not act on the request.</summary>
    public static bool ProvesNotProcessed(Outcome<HttpResponseMessage> outcome, CallState call) => outcome switch
    {
        { Exception: null, Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable,
        { Exception: HttpRequestException failure } => CouldNotConnect(failure) || !call.MayHaveBeenSent,
        { Exception: TimeoutRejectedException } => !call.MayHaveBeenSent,
        _ => false,
    };

    /// <summary>Whether the operation's rule allows another attempt after this outcome.</summary>
    public static bool AllowsRetry(Outcome<HttpResponseMessage> outcome, CallState call)
    {
        if (!IsTransientFailure(outcome))
        {
            return false;
        }

        if (!RequestReplay.CanSendAgain(call))
        {
            return false;
        }

        return call.Operation.RetrySafety == RetrySafety.AnyTransientFailure || ProvesNotProcessed(outcome, call);
    }

    /// <summary>Whether the outcome counts as a failure for the circuit breaker (the caller's own cancellation does not).</summary>
    public static bool CountsAgainstCircuit(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not (OperationCanceledException or BrokenCircuitException) && IsTransientFailure(outcome);

    /// <summary>Whether no connection could be made, so not a byte of the request reached the server.</summary>
    public static bool CouldNotConnect(HttpRequestException failure) =>
        failure.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError
        || failure.InnerException is SocketException
        {
            SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable
                or SocketError.NetworkUnreachable or SocketError.TryAgain or SocketError.NoData,
        };

    private static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
