using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Shared;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>What a hookpoint request is answered once parsing and the handler are over.</summary>
internal enum HookpointAnswerKind
{
    /// <summary>The handler returned: <c>ok</c>.</summary>
    Ok,

    /// <summary>The sender's body was at fault: a 4xx with a one-line reason; logged at Information.</summary>
    Refused,

    /// <summary>The sender went away (reset, cancelled): nothing can be answered; logged at Debug.</summary>
    Aborted,

    /// <summary>The handler threw: 500; logged at Error with the exception.</summary>
    HandlerFailed,

    /// <summary>
    /// The conversation store could not keep the event (<see cref="OmnideskStoreUnavailableException"/>): 503 with
    /// its one-line reason, so Omnidesk is not told <c>ok</c>; logged at Warning.
    /// </summary>
    StoreUnavailable,
}

/// <summary>
/// The one place that maps how a hookpoint request ended (the handler's exception or none, a failure met while
/// the file was read, a failure of the request body itself) to its answer.
/// </summary>
internal sealed record HookpointAnswer(HookpointAnswerKind Kind, int StatusCode, string? Reason = null, Exception? Exception = null)
{
    public static HookpointAnswer Ok { get; } = new(HookpointAnswerKind.Ok, StatusCodes.Status200OK);

    public static HookpointAnswer Aborted { get; } = new(HookpointAnswerKind.Aborted, StatusCodes.Status499ClientClosedRequest);

    public static HookpointAnswer Refused(int statusCode, string reason) => new(HookpointAnswerKind.Refused, statusCode, reason);

    public static HookpointAnswer Refused(HookpointParseOutcome outcome, string reason) => Refused(StatusOf(outcome), reason);

    /// <summary>Decides the answer once the handler returned (<paramref name="exception"/> is null) or threw.</summary>
    /// <param name="exception">What the parser or the handler threw, or <see langword="null"/>.</param>
    /// <param name="parsed">The parse result, when parsing returned one.</param>
    /// <param name="body">The watched request body.</param>
    /// <param name="declaredLength">The request's <c>Content-Length</c>, if it declared one.</param>
    /// <param name="aborted">Whether the request was aborted.</param>
    public static HookpointAnswer For(Exception? exception, HookpointParseResult? parsed, WatchedStream body, long? declaredLength, bool aborted)
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

        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is OmnideskStoreUnavailableException unavailable)
            {
                return new(HookpointAnswerKind.StoreUnavailable, StatusCodes.Status503ServiceUnavailable, unavailable.Message);
            }
        }

        return exception is null ? Ok : new(HookpointAnswerKind.HandlerFailed, StatusCodes.Status500InternalServerError, Exception: exception);
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
