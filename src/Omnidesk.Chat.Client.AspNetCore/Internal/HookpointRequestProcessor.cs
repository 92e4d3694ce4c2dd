using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Shared;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// Runs one hookpoint request: route → authenticity (token, source network) → limits → parser → typed event →
/// the account's intake steps, in registration order → the user's handler → answer (<see cref="HookpointAnswer"/>).
/// Never logs the path (it holds the token); logs the hookpoint kind instead. There is one per route set: the
/// unnamed one, and one per account (its own options, intake steps and handler).
/// </summary>
internal sealed partial class HookpointRequestProcessor
{
    /// <summary>Room in an upload body for the part headers and the text fields around the file.</summary>
    internal const long UploadOverhead = 64 * 1024;

    private readonly HookpointAuthenticity _authenticity;
    private readonly HookpointLimits _limits;
    private readonly ILogger<HookpointRequestProcessor> _logger;

    /// <param name="options">The route set's options (validated at start).</param>
    /// <param name="logger">The receiver's logger.</param>
    /// <param name="account">The account of the route set, or <see langword="null"/> for the unnamed one.</param>
    /// <param name="readers">The route set's intake steps and handler.</param>
    public HookpointRequestProcessor(OmnideskHookpointOptions options, ILogger<HookpointRequestProcessor> logger, string? account, HookpointReaders readers)
    {
        Readers = readers;
        _authenticity = new HookpointAuthenticity(options);
        _limits = new HookpointLimits { MaxFileSize = options.MaxFileSize };
        RequireSecretToken = options.RequireSecretToken;
        _logger = logger;
        Account = account;
    }

    public bool RequireSecretToken { get; }

    /// <summary>The account of the route set: the service key of its intake steps and handler, and every event's <see cref="OmnideskHookpointEvent.Account"/>.</summary>
    public string? Account { get; }

    /// <summary>What reads the route set's events: its intake steps and handler.</summary>
    public HookpointReaders Readers { get; }

    public void WarnIfUnauthenticated(string prefix)
    {
        if (!RequireSecretToken)
        {
            Log.MappedWithoutToken(_logger, prefix);
        }
    }

    public async Task ProcessAsync(HttpContext context, HookpointKind kind)
    {
        var presentedToken = context.Request.RouteValues[HookpointRoutes.TokenRouteValue] as string;
        OmnideskSecretRedaction.RedactSpan(Activity.Current, [presentedToken]);
        if (!_authenticity.TokenMatches(presentedToken))
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
            await AnswerAsync(context, kind, HookpointAnswer.Refused(StatusCodes.Status413PayloadTooLarge, reason)).ConfigureAwait(false);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBody;
        }

        await AnswerAsync(context, kind, await ParseAndHandleAsync(context, kind).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private async Task<HookpointAnswer> ParseAndHandleAsync(HttpContext context, HookpointKind kind)
    {
        var aborted = context.RequestAborted;
        var body = new WatchedStream(context.Request.Body);
        HookpointParseResult? parsed = null;
        var stage = HookpointStage.Parsing;
        IOmnideskHookpointIntake? step = null;
        try
        {
            var source = await SmallUploadReadWholeAsync(context, kind, body).ConfigureAwait(false) ?? (Stream)body;
            parsed = await OmnideskHookpointParser.ParseAsync(kind, context.Request.ContentType, source, _limits, aborted)
                .ConfigureAwait(false);
            if (!parsed.Succeeded)
            {
                // Neither the intake steps nor the handler are called for a body refused here.
                return HookpointAnswer.Refused(parsed.Outcome, parsed.FailureReason!);
            }

            var hookpointEvent = ForHandler(context, parsed.Event!);
            stage = HookpointStage.Intake;
            foreach (var intake in Readers.IntakeOf(context.RequestServices))
            {
                // A step that throws ends the request here: the handler is never told of an event a step refused.
                step = intake;
                await intake.AcceptAsync(hookpointEvent, aborted).ConfigureAwait(false);
            }

            stage = HookpointStage.Handler;
            if (Readers.HandlerOf(context.RequestServices) is { } handler)
            {
                await handler.HandleAsync(hookpointEvent, aborted).ConfigureAwait(false);
            }

            return HookpointAnswer.For(null, stage, null, parsed, body, context.Request.ContentLength, aborted.IsCancellationRequested);
        }
        catch (Exception exception)
        {
            return HookpointAnswer.For(exception, stage, step, parsed, body, context.Request.ContentLength, aborted.IsCancellationRequested);
        }
        finally
        {
            if (parsed is not null)
            {
                await parsed.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Reads an upload whose declared length fits the text body limit into memory first: the parser then reads it
    /// to its end before the handler is called, so a broken end answers 4xx without the handler having seen it.
    /// </summary>
    private async Task<MemoryStream?> SmallUploadReadWholeAsync(HttpContext context, HookpointKind kind, Stream body)
    {
        if (kind != HookpointKind.UploadForCustomer || context.Request.ContentLength is not { } length || length > _limits.MaxTextBodySize)
        {
            return null;
        }

        var whole = new MemoryStream((int)length);
        await body.CopyToAsync(whole, context.RequestAborted).ConfigureAwait(false);
        whole.Position = 0;
        return whole;
    }

    /// <summary>
    /// The event as the intake steps and the handler get it: it names the route set's account, and a file streamed from
    /// the body, on a server that forbids synchronous reads, fails a synchronous read at once with a clear message (a
    /// file held in a temporary file first reads either way).
    /// </summary>
    private OmnideskHookpointEvent ForHandler(HttpContext context, OmnideskHookpointEvent parsedEvent)
    {
        var forHandler = parsedEvent is AgentFileEvent { Content.CanSeek: false } file && context.Features.Get<IHttpBodyControlFeature>() is not { AllowSynchronousIO: true }
            ? file with { Content = new AsyncOnlyReadStream(file.Content) }
            : parsedEvent;
        return Account is null ? forHandler : forHandler with { Account = Account };
    }

    private async Task AnswerAsync(HttpContext context, HookpointKind kind, HookpointAnswer answer)
    {
        switch (answer.Kind)
        {
            case HookpointAnswerKind.Aborted:
                Log.SenderDisconnected(_logger, kind);
                return;
            case HookpointAnswerKind.StoreUnavailable:
                Log.StoreUnavailable(_logger, kind, answer.Reason!);
                await AnswerWithReasonAsync(context, answer).ConfigureAwait(false);
                return;
            case HookpointAnswerKind.IntakeFailed:
                Log.IntakeFailed(_logger, kind, answer.Step!, answer.Exception!);
                AnswerFailed(context, answer);
                return;
            case HookpointAnswerKind.HandlerFailed:
                Log.HandlerFailed(_logger, kind, answer.Exception!);
                AnswerFailed(context, answer);
                return;
            case HookpointAnswerKind.Refused:
                Log.Refused(_logger, kind, answer.StatusCode, answer.Reason!);
                await AnswerWithReasonAsync(context, answer).ConfigureAwait(false);
                return;
            default:
                await AnswerOkAsync(context, kind).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>The answer's status (500) without a body, which would only repeat the log; unless the handler already started the response.</summary>
    private static void AnswerFailed(HttpContext context, HookpointAnswer answer)
    {
        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = answer.StatusCode;
        }
    }

    /// <summary>The answer's status with its one-line reason, unless the handler already started the response.</summary>
    private static Task AnswerWithReasonAsync(HttpContext context, HookpointAnswer answer)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(answer.Reason!, context.RequestAborted);
    }

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
}
