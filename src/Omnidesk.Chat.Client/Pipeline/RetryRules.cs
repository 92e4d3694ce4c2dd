using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// The SDK's own retry rule (<see cref="RetrySafety"/>) on top of the library's transient-failure predicate:
/// reads are retried on any transient failure; calls that create or add are retried only when the failure
/// proves the server did not act on them, and no call is retried once its body can no longer be written again.
/// </summary>
internal static class RetryRules
{
    /// <summary>
    /// The library's transient failures (no answer, an attempt timeout, 408, 429, 5xx), less an answer too large
    /// to read: sending the same request again would get the same answer.
    /// </summary>
    public static bool IsTransientFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not HttpRequestException { HttpRequestError: HttpRequestError.ConfigurationLimitExceeded }
        && HttpClientResiliencePredicates.IsTransient(outcome);

    /// <summary>Whether the attempt's failure proves the server did not act on the request.</summary>
    public static bool ProvesNotProcessed(Outcome<HttpResponseMessage> outcome, CallState call) => outcome switch
    {
        { Exception: null, Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable,
        { Exception: HttpRequestException failure } => CouldNotConnect(failure) || !call.MayHaveBeenSent,
        { Exception: TimeoutRejectedException } => !call.MayHaveBeenSent,
        // Stryker disable once Boolean : asked only after IsTransientFailure, which holds for no other outcome
        _ => false,
    };

    /// <summary>Whether the operation's rule allows another attempt after this outcome.</summary>
    public static bool AllowsRetry(Outcome<HttpResponseMessage> outcome, CallState call) =>
        IsTransientFailure(outcome)
        && CanSendAgain(call)
        && (call.Operation.RetrySafety == RetrySafety.AnyTransientFailure || ProvesNotProcessed(outcome, call));

    /// <summary>
    /// Whether the request's content can be written again: the one part that reads a caller's stream (the
    /// attachment) says so through <see cref="IResendableContent"/>; every other body the SDK sends is in memory
    /// and always can.
    /// </summary>
    public static bool CanSendAgain(CallState call) =>
        // Stryker disable once Linq : the one form with a part that reads a caller's stream (addAttachment) has no other part, so Any and All agree
        call.Content is not MultipartContent parts || !parts.Any(part => part is IResendableContent { CanSendAgain: false });

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
}
