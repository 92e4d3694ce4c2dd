using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Shared;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>What a hookpoint request is answered once parsing, the intake steps and the handler are over.</summary>
internal enum HookpointAnswerKind
{
    /// <summary>Every intake step and the handler returned: <c>ok</c>.</summary>
    Ok,

    /// <summary>The sender's body was at fault: a 4xx with a one-line reason; logged at Information.</summary>
    Refused,

    /// <summary>The sender went away (reset, cancelled): nothing can be answered; logged at Debug.</summary>
    Aborted,

    /// <summary>The user's handler threw (whatever it threw, once every intake step took the event in): 500; logged at Error with the exception.</summary>
    HandlerFailed,

    /// <summary>An intake step threw something other than the two below: 500, the handler not called; logged at Error naming the step.</summary>
    IntakeFailed,

    /// <summary>
    /// An intake step could not store the event (<see cref="OmnideskStoreUnavailableException"/>): 503 with its
    /// one-line reason, so Omnidesk is not told <c>ok</c> and may send it again; the handler is not called (it is never
    /// told of an event that was not stored); logged at Warning.
    /// </summary>
    StoreUnavailable,
}

/// <summary>
/// The one place that maps how a hookpoint request ended (an exception or none, the stage it came from, a failure met
/// while the file was read, a failure of the request body itself) to its answer. In order:
/// the sender went away → nothing (<see cref="HookpointAnswerKind.Aborted"/>); the body or the file in it broke, at any
/// stage → its 4xx; an intake step's <see cref="OmnideskStoreUnavailableException"/> → 503; any other exception of an
/// intake step → 500; the user's handler's exception → 500; none → <c>ok</c>.
/// </summary>
/// <param name="Kind">How the request ended.</param>
/// <param name="StatusCode">The status answered.</param>
/// <param name="Reason">The one-line reason sent with a 4xx or 503.</param>
/// <param name="Exception">What failed, for the log.</param>
/// <param name="Step">The intake step that failed, for the log.</param>
internal sealed record HookpointAnswer(HookpointAnswerKind Kind, int StatusCode, string? Reason = null, Exception? Exception = null, string? Step = null)
{
    public static HookpointAnswer Ok { get; } = new(HookpointAnswerKind.Ok, StatusCodes.Status200OK);

    public static HookpointAnswer Aborted { get; } = new(HookpointAnswerKind.Aborted, StatusCodes.Status499ClientClosedRequest);

    public static HookpointAnswer Refused(int statusCode, string reason) => new(HookpointAnswerKind.Refused, statusCode, reason);

    public static HookpointAnswer Refused(HookpointParseOutcome outcome, string reason) => Refused(StatusOf(outcome), reason);

    /// <summary>Decides the answer once the handler returned (<paramref name="exception"/> is null), or something threw.</summary>
    /// <param name="exception">What the parser, an intake step or the handler threw, or <see langword="null"/>.</param>
    /// <param name="stage">Where the request was when it ended.</param>
    /// <param name="step">The intake step that was running, when <paramref name="stage"/> is <see cref="HookpointStage.Intake"/>.</param>
    /// <param name="parsed">The parse result, when parsing returned one.</param>
    /// <param name="body">The watched request body.</param>
    /// <param name="declaredLength">The request's <c>Content-Length</c>, if it declared one.</param>
    /// <param name="aborted">Whether the request was aborted.</param>
    public static HookpointAnswer For(
        Exception? exception, HookpointStage stage, IOmnideskHookpointIntake? step, HookpointParseResult? parsed, WatchedStream body, long? declaredLength, bool aborted)
    {
        // The body's own failure comes first: whatever the handler made of it, it is not the handler's fault.
        if (aborted || SenderLeft(body, declaredLength) || body.Failure is ConnectionResetException or OperationCanceledException)
        {
            return Aborted;
        }

        if (parsed?.FileReadFailure is { } fileFailure)
        {
            return From(fileFailure);
        }

        if (body.Failure is { } transport)
        {
            return transport is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                ? Refused(StatusCodes.Status413PayloadTooLarge, "the body is larger than allowed")
                : Refused(transport is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest,
                    "the request body could not be read");
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is HookpointBodyException bodyException)
            {
                return From(bodyException);
            }
        }

        if (exception is null)
        {
            return Ok;
        }

        if (stage != HookpointStage.Intake)
        {
            // Once every intake step took the event in, 503 ("not stored") would be untrue: the handler's failure is a 500.
            return new(HookpointAnswerKind.HandlerFailed, StatusCodes.Status500InternalServerError, Exception: exception);
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is OmnideskStoreUnavailableException unavailable)
            {
                return new(HookpointAnswerKind.StoreUnavailable, StatusCodes.Status503ServiceUnavailable, unavailable.Message);
            }
        }

        return new(HookpointAnswerKind.IntakeFailed, StatusCodes.Status500InternalServerError, Exception: exception, Step: step?.GetType().Name ?? "(resolving the steps)");
    }

    private static HookpointAnswer From(HookpointBodyException exception) =>
        Refused(exception.Outcome, exception.Message.TrimEnd('.'));

    private static int StatusOf(HookpointParseOutcome outcome) => outcome switch
    {
        HookpointParseOutcome.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        HookpointParseOutcome.UnsupportedContentType => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>
    /// Whether the connection ended before the declared <c>Content-Length</c> arrived: the sender went away (Kestrel
    /// reports it as a 400 it can no longer send).
    /// </summary>
    private static bool SenderLeft(WatchedStream body, long? declaredLength) =>
        body.Failure is BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } && body.BytesRead < declaredLength;
}
