using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Handles every request: route, read, fault, dispatch, record, answer. The one place responses are written.
/// </summary>
internal sealed class EmulatorPipeline(
    EmulatorContext context,
    EmulatorFaults faults,
    RequestRecorder recorder,
    ILogger logger,
    CancellationToken stopping)
{
    private readonly RequestReader _reader = new(context.Options);
    private readonly EndpointDispatcher _dispatcher = new(context);

    public async Task HandleAsync(HttpContext http)
    {
        var sequence = recorder.Arrive();
        var route = RouteTable.Match(http.Request.Method, http.Request.Path.Value ?? "/");
        var (request, readError) = await _reader.ReadAsync(http, route.Endpoint).ConfigureAwait(false);

        if (route.Endpoint is not { } endpoint)
        {
            var notFound = route.PathKnown
                ? EmulatorErrors.MethodNotAllowed(request.Method, request.Path)
                : EmulatorErrors.RouteNotFound(request.Path);
            await AnswerAsync(http, sequence, request, notFound, fault: null).ConfigureAwait(false);
            return;
        }

        var fault = faults.Take(endpoint);
        if (fault is not null)
        {
            EmulatorLog.FaultInjected(logger, fault, request.Method, request.Path);
        }

        switch (fault?.Kind)
        {
            case EmulatorFaultKind.DropBeforeProcessing:
                Drop(http, sequence, request, fault);
                return;
            case EmulatorFaultKind.Status:
                await AnswerAsync(http, sequence, request, EmulatorErrors.InjectedStatus(fault.StatusCode, fault.RetryAfter), fault)
                    .ConfigureAwait(false);
                return;
            case EmulatorFaultKind.Delay:
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping))
                {
                    await Task.Delay(fault.DelayDuration, wait.Token).ConfigureAwait(false);
                }

                break;
        }

        var response = readError ?? _dispatcher.Dispatch(endpoint, route.ChatId, request);
        context.DeskChanges?.Notify();
        switch (fault?.Kind)
        {
            case EmulatorFaultKind.DropAfterProcessing:
                Drop(http, sequence, request, fault);
                return;
            case EmulatorFaultKind.MalformedJson:
                response = response.WithTruncatedBody();
                break;
            case EmulatorFaultKind.EmptyBody:
                response = response.WithEmptyBody();
                break;
        }

        await AnswerAsync(http, sequence, request, response, fault).ConfigureAwait(false);
    }

    private void Drop(HttpContext http, long sequence, RequestSnapshot request, EmulatorFault fault)
    {
        recorder.Add(sequence, new RecordedRequest(request, responseStatus: null, fault));
        EmulatorLog.Answered(logger, request.Method, request.Path, request.Endpoint, null);
        http.Abort();
    }

    private async Task AnswerAsync(HttpContext http, long sequence, RequestSnapshot request, EmulatorResponse response, EmulatorFault? fault)
    {
        recorder.Add(sequence, new RecordedRequest(request, response.StatusCode, fault));
        EmulatorLog.Answered(logger, request.Method, request.Path, request.Endpoint, response.StatusCode);

        http.Response.StatusCode = response.StatusCode;
        http.Response.ContentType = response.ContentType;
        http.Response.ContentLength = response.Body.Length;
        if (response.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await http.Response.Body.WriteAsync(response.Body, http.RequestAborted).ConfigureAwait(false);
    }
}
