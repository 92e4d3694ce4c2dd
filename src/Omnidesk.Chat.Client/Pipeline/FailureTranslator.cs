using System.Globalization;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// Turns the failure that ended a call into the exception the caller gets, in words: nothing sent
/// (<see cref="OmnideskUnavailableException"/>), or sent with its fate unknown
/// (<see cref="OmnideskDeliveryUnknownException"/>) for a call that creates or adds something.
/// </summary>
internal static class FailureTranslator
{
    /// <summary>
    /// The exception to throw instead of <paramref name="failure"/>, or <see langword="null"/> to let it through. Its
    /// message names the settings under the client's own section (<c>Omnidesk:Resilience:TotalTimeout</c>,
    /// <c>Omnidesk:Accounts:brand-b:Resilience:TotalTimeout</c>).
    /// </summary>
    public static OmnideskException? Translate(Exception failure, CallState call, OmnideskChatOptions clientOptions)
    {
        var options = clientOptions.Resilience;
        var section = clientOptions.SectionPath + ":" + nameof(OmnideskChatOptions.Resilience);
        var operation = call.Operation.Name;
        // Stryker disable once String,NullCoalescing : every request the SDK builds has an absolute address, so the fallback is never used
        var host = call.Request.RequestUri?.Authority ?? "Omnidesk";
        var createsSomething = call.Operation.RetrySafety == RetrySafety.OnlyWhenNotProcessed;
        switch (failure)
        {
            case BrokenCircuitException broken:
                return new OmnideskUnavailableException(
                    operation,
                    OmnideskUnavailableReason.CircuitOpen,
                    call.Attempts,
                    $"{operation} was not sent: calls to Omnidesk fail fast after repeated failures (the circuit breaker is open" +
                    // Stryker disable once String : Polly leaves RetryAfter unset only for a circuit isolated by hand, which the SDK never does
                    (broken.RetryAfter is { } wait ? $" for about {Seconds(wait)} more" : string.Empty) +
                    $", see {section}:BreakDuration). Nothing was sent; try again later.",
                    broken,
                    broken.RetryAfter);

            case TimeoutRejectedException timeout:
                var whole = call.TotalTimedOut;
                // An attempt's own timeout fires while it is in flight; the total timeout may also fire in the wait
                // between attempts, when nothing is on its way, whatever the attempt before did.
                var sent = call.InFlight && call.MayHaveBeenSent;
                var limit = whole
                    ? $"the total timeout of {Seconds(options.TotalTimeout)} ({section}:TotalTimeout)"
                    : $"the attempt timeout of {Seconds(options.AttemptTimeout)} ({section}:AttemptTimeout)";
                if (sent && createsSomething)
                {
                    return new OmnideskDeliveryUnknownException(operation, $"no answer came within {limit}", call.Attempts, timeout);
                }

                return new OmnideskUnavailableException(
                    operation,
                    OmnideskUnavailableReason.TimedOut,
                    call.Attempts,
                    $"{operation} failed: no answer from {host} within {limit}, after {Attempts(call)}; {Consequence(sent, createsSomething)}",
                    timeout);

            case HttpRequestException { HttpRequestError: HttpRequestError.ConfigurationLimitExceeded }:
                return null; // an answer too large to read: HttpClient's own message says so

            case HttpRequestException lost when RetryRules.CouldNotConnect(lost):
                return new OmnideskUnavailableException(
                    operation,
                    OmnideskUnavailableReason.CouldNotConnect,
                    call.Attempts,
                    $"{operation} failed: could not connect to {host} after {Attempts(call)}; {Consequence(sent: false, createsSomething)}",
                    lost);

            case HttpRequestException lost:
                if (call.MayHaveBeenSent && createsSomething)
                {
                    var what = call.AnswerStarted ? "the connection was lost while the answer was being read" : "the connection was lost before the answer came";
                    return new OmnideskDeliveryUnknownException(operation, what, call.Attempts, lost);
                }

                return new OmnideskUnavailableException(
                    operation,
                    OmnideskUnavailableReason.ConnectionLost,
                    call.Attempts,
                    $"{operation} failed: the connection to {host} was lost {(call.MayHaveBeenSent ? "before the answer was complete" : "before the request was sent")}, " +
                    $"after {Attempts(call)}; {Consequence(call.MayHaveBeenSent, createsSomething)}",
                    lost);

            default:
                return null;
        }
    }

    /// <summary>What the caller may do next; a call that creates something and may have been sent never gets here.</summary>
    private static string Consequence(bool sent, bool createsSomething) =>
        createsSomething && !sent
            ? "Omnidesk did not take the request, so it is safe to send again."
            : "the call changes nothing on the server, so it is safe to call again.";

    private static string Attempts(CallState call) =>
        call.Attempts == 1 ? "1 attempt" : string.Create(CultureInfo.InvariantCulture, $"{call.Attempts} attempts");

    private static string Seconds(TimeSpan value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.###} s");
}
