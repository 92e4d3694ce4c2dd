using Omnidesk.Chat.Client.Diagnostics.Internal;
using Polly;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// What one call has seen so far, across its attempts: what the retry rule and the final translation of a
/// failure need to tell "the server did not act" from "the server may have acted". It travels in the call's
/// <see cref="ResilienceContext"/> (<see cref="Key"/>), which the library hands to every strategy.
/// </summary>
internal sealed class CallState(HttpRequestMessage request, OmnideskOperation operation, OperationTelemetry telemetry, HttpContent? content, long deadline)
{
    public static readonly ResiliencePropertyKey<CallState> Key = new("Omnidesk.Chat.Client.CallState");

    private int _bodyStarted;

    public OmnideskOperation Operation { get; } = operation;

    public HttpRequestMessage Request { get; } = request;

    /// <summary>The request's own content, before <see cref="AttemptContent"/> wrapped it.</summary>
    public HttpContent? Content { get; } = content;

    /// <summary>The call's span, metrics and logs, started and ended by <see cref="OmnideskCallHandler"/>.</summary>
    public OperationTelemetry Telemetry { get; } = telemetry;

    /// <summary>The <see cref="TimeProvider"/> timestamp at which the total timeout runs out.</summary>
    public long Deadline { get; } = deadline;

    public int Attempts { get; private set; }

    /// <summary>Whether an attempt is under way (false while waiting between attempts).</summary>
    public bool InFlight { get; private set; }

    /// <summary>Whether the current attempt started writing its body, so the whole request may have arrived.</summary>
    public bool BodyStarted => Volatile.Read(ref _bodyStarted) != 0;

    /// <summary>Whether the current attempt received the answer's status line and headers.</summary>
    public bool AnswerStarted { get; set; }

    /// <summary>Whether the total timeout ended the call (rather than an attempt's own timeout).</summary>
    public bool TotalTimedOut { get; set; }

    /// <summary>
    /// Whether the current attempt may have delivered the whole request. A request without a body gives no
    /// sign of when it left, so once its attempt started it counts as sent.
    /// </summary>
    public bool MayHaveBeenSent => Content is null || BodyStarted || AnswerStarted;

    /// <summary>The call state of a pipeline's context (always set by <see cref="OmnideskCallHandler"/>).</summary>
    public static CallState Of(ResilienceContext context) => context.Properties.GetValue(Key, null!);

    public void BeginAttempt()
    {
        Attempts++;
        InFlight = true;
        Volatile.Write(ref _bodyStarted, 0);
        AnswerStarted = false;
    }

    /// <summary>Called when a retry is scheduled: the failed attempt is over and the wait begins.</summary>
    public void EndAttemptForRetry() => InFlight = false;

    /// <summary>Called by <see cref="AttemptContent"/> when the body starts going out on the wire.</summary>
    public void MarkBodyStarted() => Volatile.Write(ref _bodyStarted, 1);
}
