using Omnidesk.Chat.Client.Diagnostics.Internal;
using Omnidesk.Chat.Client.Http.Internal;
using Polly;

namespace Omnidesk.Chat.Client.Resilience.Internal;

/// <summary>
/// What one call has seen so far, across its attempts: what the retry rule and the final translation of a
/// failure need to tell "the server did not act" from "the server may have acted". It travels in the call's
/// <see cref="ResilienceContext"/> (<see cref="Key"/>), which the library hands to every strategy.
/// </summary>
internal sealed class CallState(OmnideskRequest request, HttpContent? content, long deadline)
{
    public static readonly ResiliencePropertyKey<CallState> Key = new("Omnidesk.Chat.Client.CallState");

    private int _bodyStarted;
    private HttpResponseMessage? _answered;
    private ResponseBuffer _answer;

    public OmnideskOperation Operation => Request.Operation;

    public OmnideskRequest Request { get; } = request;

    /// <summary>The caller's own content, before <see cref="AttemptContent"/> wrapped it.</summary>
    public HttpContent? Content { get; } = content;

    /// <summary>The call's span, metrics and logs, started by the transport; <see langword="null"/> for a request made elsewhere.</summary>
    public OperationTelemetry? Telemetry => Request.Telemetry;

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
        ReleaseAnswer();
        Attempts++;
        InFlight = true;
        Volatile.Write(ref _bodyStarted, 0);
        AnswerStarted = false;
    }

    /// <summary>Called when a retry is scheduled: the failed attempt is over and the wait begins.</summary>
    public void EndAttemptForRetry() => InFlight = false;

    /// <summary>Called by <see cref="AttemptContent"/> when the body starts going out on the wire.</summary>
    public void MarkBodyStarted() => Volatile.Write(ref _bodyStarted, 1);

    /// <summary>
    /// Keeps the body of the attempt's answer, read whole within the attempt (<see cref="OmnideskAttemptHandler"/>),
    /// until the transport takes it: the pooled bytes go from the handler to the transport without a stand-in
    /// content or a second copy, and the answer keeps its own content headers.
    /// </summary>
    public void HoldAnswer(HttpResponseMessage response, ResponseBuffer body)
    {
        ReleaseAnswer();
        _answered = response;
        _answer = body;
    }

    /// <summary>Hands the body of <paramref name="response"/> over to the caller, who returns it to the pool.</summary>
    public bool TryTakeAnswer(HttpResponseMessage response, out ResponseBuffer body)
    {
        if (!ReferenceEquals(_answered, response))
        {
            body = default;
            return false;
        }

        body = _answer;
        _answered = null;
        _answer = default;
        return true;
    }

    /// <summary>Returns a body no one took (an answer the retry dropped, or a call that failed after it) to the pool.</summary>
    public void ReleaseAnswer()
    {
        var answer = _answer;
        _answered = null;
        _answer = default;
        answer.Dispose();
    }
}
