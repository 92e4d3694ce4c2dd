using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// One <c>GET</c> of a conversation's event stream: the app's authorization first, then the conversation, then the
/// stream from after the browser's <c>Last-Event-ID</c>.
/// </summary>
internal sealed partial class ConversationEventsEndpoint(
    OmnideskConversationEventsOptions options,
    Func<HttpContext, string, ValueTask<ConversationEventsAccess>> authorize,
    IServiceProvider services)
{
    private readonly ILogger _logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<ConversationEventsEndpoint>();
    private readonly TimeProvider _time = services.GetService<TimeProvider>() ?? TimeProvider.System;
    private readonly CancellationToken _stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    public const string SessionIdRouteValue = "sessionId";

    public async Task HandleAsync(HttpContext context)
    {
        var result = await ResultAsync(context).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private async Task<IResult> ResultAsync(HttpContext context)
    {
        if (context.GetRouteValue(SessionIdRouteValue) is not string { Length: > 0 } sessionId)
        {
            return TypedResults.NotFound();
        }

        if (!TryReadLastEventId(context.Request, out var lastEventId))
        {
            // Plain text, as the 503: no JSON that would need the app's serializer options (trimmed apps).
            return TypedResults.Text("Last-Event-ID must be a whole number of 0 or more.", statusCode: StatusCodes.Status400BadRequest);
        }

        var access = await authorize(context, sessionId).ConfigureAwait(false);
        if (access != ConversationEventsAccess.Allow)
        {
            Log.Refused(_logger, sessionId, access);
            return access switch
            {
                ConversationEventsAccess.Unauthorized => TypedResults.Unauthorized(),
                ConversationEventsAccess.Forbidden => TypedResults.StatusCode(StatusCodes.Status403Forbidden),
                _ => TypedResults.NotFound(),
            };
        }

        var conversations = options.Account is null
            ? context.RequestServices.GetRequiredService<IOmnideskConversations>()
            : context.RequestServices.GetRequiredKeyedService<IOmnideskConversations>(options.Account);
        IAsyncEnumerable<ConversationEvent> events;
        try
        {
            if (await conversations.GetAsync(sessionId, context.RequestAborted).ConfigureAwait(false) is not { } conversation)
            {
                return TypedResults.NotFound();
            }

            if (conversation.State.Status == ConversationStatus.Ended)
            {
                // An ended conversation's log is short and final: read what the browser has not seen now, and answer
                // 204 when that is nothing, which tells EventSource to stop reconnecting.
                var rest = await UnseenOfEndedAsync(conversation, lastEventId, context.RequestAborted).ConfigureAwait(false);
                if (rest.Count == 0)
                {
                    return TypedResults.NoContent();
                }

                events = rest.ToAsyncEnumerable();
            }
            else
            {
                events = ResumedEvents.AfterAsync(conversation, options.ReaderPrefix, lastEventId, CancellationToken.None);
            }
        }
        catch (OmnideskStoreUnavailableException e)
        {
            Log.StoreUnavailable(_logger, sessionId, e.Message);
            return TypedResults.Text(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        Log.Streaming(_logger, sessionId, lastEventId);
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no"; // nginx would otherwise hold the events back
        var stream = new ConversationEventStream(events, options, _time, _stopping, _logger);
        return TypedResults.ServerSentEvents(stream.ReadAsync(CancellationToken.None));
    }

    private async Task<List<ConversationEvent>> UnseenOfEndedAsync(OmnideskConversation conversation, long lastEventId, CancellationToken cancellationToken)
    {
        var rest = new List<ConversationEvent>();
        await foreach (var item in ResumedEvents.AfterAsync(conversation, options.ReaderPrefix, lastEventId, cancellationToken).ConfigureAwait(false))
        {
            rest.Add(item);
        }

        return rest;
    }

    private static bool TryReadLastEventId(HttpRequest request, out long lastEventId)
    {
        lastEventId = 0;
        var header = request.Headers["Last-Event-ID"];
        return header.Count == 0
            || (header.Count == 1 && long.TryParse(header[0], NumberStyles.None, CultureInfo.InvariantCulture, out lastEventId));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Conversation event stream of session {SessionId} refused: {Access}.")]
        public static partial void Refused(ILogger logger, string sessionId, ConversationEventsAccess access);

        [LoggerMessage(2, LogLevel.Warning, "Conversation event stream of session {SessionId} answered 503: {Reason}")]
        public static partial void StoreUnavailable(ILogger logger, string sessionId, string reason);

        [LoggerMessage(3, LogLevel.Debug, "Conversation event stream of session {SessionId} starts after event {LastEventId}.")]
        public static partial void Streaming(ILogger logger, string sessionId, long lastEventId);
    }
}
