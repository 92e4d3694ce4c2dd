using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// Runs one hookpoint request: token → source network → size → parse → the user's handler → answer.
/// Never logs the path (it holds the token); logs the hookpoint kind instead.
/// </summary>
internal sealed partial class HookpointRequestProcessor
{
    /// <summary>Room in an upload body for the part headers and the text fields around the file.</summary>
    internal const long UploadOverhead = 64 * 1024;

    private readonly HookpointAuthenticity _authenticity;
    private readonly HookpointLimits _limits;
    private readonly ILogger<HookpointRequestProcessor> _logger;

    public HookpointRequestProcessor(IOptions<OmnideskHookpointOptions> options, ILogger<HookpointRequestProcessor> logger)
    {
        var value = options.Value;
        _authenticity = new HookpointAuthenticity(value);
        _limits = new HookpointLimits { MaxFileSize = value.MaxFileSize };
        RequireSecretToken = value.RequireSecretToken;
        _logger = logger;
    }

    public bool RequireSecretToken { get; }

    public void WarnIfUnauthenticated(string prefix)
    {
        if (!RequireSecretToken)
        {
            Log.MappedWithoutToken(_logger, prefix);
        }
    }

    public async Task ProcessAsync(HttpContext context, HookpointKind kind)
    {
        if (!_authenticity.TokenMatches(context.Request.RouteValues[HookpointRoutes.TokenRouteValue] as string))
        {
            Log.WrongToken(_logger, kind);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!_authenticity.SourceAllowed(context.Connection.RemoteIpAddress))
        {
            Log.SourceRefused(_logger, kind, context.Connection.RemoteIpAddress?.ToString() ?? "(unknown)");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var isUpload = kind == HookpointKind.UploadForCustomer;
        var maxBody = isUpload ? _limits.MaxFileSize + UploadOverhead : _limits.MaxTextBodySize;
        if (context.Request.ContentLength > maxBody)
        {
            var reason = isUpload
                ? $"the body is larger than {maxBody} bytes (a {_limits.MaxFileSize}-byte file and {UploadOverhead} bytes for the rest)"
                : $"the body is larger than {maxBody} bytes";
            await RefuseAsync(context, kind, StatusCodes.Status413PayloadTooLarge, reason).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBody;
        }

        var aborted = context.RequestAborted;
        OmnideskHookpointEvent? hookpointEvent = null;
        try
        {
            var parsed = await OmnideskHookpointParser.ParseAsync(
                kind, context.Request.ContentType, context.Request.Body, _limits, aborted).ConfigureAwait(false);
            await using var parsedScope = parsed.ConfigureAwait(false);
            if (!parsed.Succeeded)
            {
                await RefuseAsync(context, kind, StatusOf(parsed.Outcome), parsed.FailureReason!).ConfigureAwait(false);
                return;
            }

            hookpointEvent = parsed.Event!;
            var handler = context.RequestServices.GetRequiredService<OmnideskHookpointHandler>();
            await handler.HandleAsync(hookpointEvent, aborted).ConfigureAwait(false);
        }
        catch (Exception) when (aborted.IsCancellationRequested)
        {
            Log.SenderDisconnected(_logger, kind);
            return;
        }
        catch (OmnideskStoreUnavailableException exception)
        {
            // The conversation store could not take the event: 503 tells Omnidesk it was not kept.
            await RefuseAsync(context, kind, StatusCodes.Status503ServiceUnavailable, exception.Message).ConfigureAwait(false);
            return;
        }
        catch (Exception exception) when (HookpointBodyFailure.Find(exception, hookpointEvent) is { } failure)
        {
            await RefuseAsync(context, kind, failure.StatusCode, failure.Reason).ConfigureAwait(false);
            return;
        }
        catch (Exception exception)
        {
            Log.HandlerFailed(_logger, kind, exception);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            return;
        }

        await AnswerOkAsync(context, kind).ConfigureAwait(false);
    }

    private static int StatusOf(HookpointParseOutcome outcome) => outcome switch
    {
        HookpointParseOutcome.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        HookpointParseOutcome.UnsupportedContentType => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };

    private static Task AnswerOkAsync(HttpContext context, HookpointKind kind)
    {
        if (kind == HookpointKind.EndSession)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.WriteAsync("{\"message\":\"ok\"}", context.RequestAborted);
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("ok", context.RequestAborted);
    }

    private async Task RefuseAsync(HttpContext context, HookpointKind kind, int statusCode, string reason)
    {
        Log.Refused(_logger, kind, statusCode, reason);
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(reason, context.RequestAborted).ConfigureAwait(false);
    }
}
