using Microsoft.AspNetCore.Http;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Hookpoints.Internal;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// Tells a body that failed while the handler read it (too large: 413; malformed: 400) from a handler bug (500),
/// even when the handler caught and wrapped the reading exception.
/// </summary>
internal sealed record HookpointBodyFailure(int StatusCode, string Reason)
{
    public static HookpointBodyFailure? Find(Exception exception, OmnideskHookpointEvent? hookpointEvent)
    {
        if (hookpointEvent is AgentFileEvent { Content: MultipartSectionStream { Failure: { } streamFailure } })
        {
            return From(streamFailure);
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case HookpointBodyException bodyException:
                    return From(bodyException);
                case BadHttpRequestException badRequest:
                    return new(badRequest.StatusCode, badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                        ? "the body is larger than allowed"
                        : "the request body could not be read");
            }
        }

        return null;
    }

    private static HookpointBodyFailure From(HookpointBodyException exception) => new(
        exception.Outcome == HookpointParseOutcome.PayloadTooLarge
            ? StatusCodes.Status413PayloadTooLarge
            : StatusCodes.Status400BadRequest,
        exception.Message.TrimEnd('.'));
}
