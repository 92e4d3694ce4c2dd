using Omnidesk.Chat.Client.Diagnostics.Internal;
using Omnidesk.Chat.Client.Http.Internal;
using Polly;

namespace Omnidesk.Chat.Client.Resilience.Internal;

/// <summary>
/// Sends each Omnidesk request through the shared <see cref="OmnideskResiliencePipeline"/>: every attempt sends
/// the request (see <see cref="RequestReplay.ForAttempt"/>) and reads the whole answer within the attempt timeout, and the failure that
/// ends a call is turned into an exception that says whether the server may have acted on it. Each call is one
/// span, one duration measurement and its log entries.
/// </summary>
internal sealed class OmnideskResilienceHandler(OmnideskResiliencePipeline pipeline, OmnideskTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is not OmnideskRequest { Operation: var operation })
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var operationTelemetry = telemetry.Start(operation, request);
        var time = pipeline.Time;
        var deadline = time.GetTimestamp() + (long)(pipeline.Options.TotalTimeout.TotalSeconds * time.TimestampFrequency);
        var call = new CallState(operation, request, operationTelemetry, deadline);
        var context = ResilienceContextPool.Shared.Get(operation.Name, continueOnCapturedContext: false, cancellationToken);
        context.Properties.Set(CallState.Key, call);
        try
        {
            var response = await pipeline.Pipeline.ExecuteAsync(
                static (context, state) => state.Handler.SendAttemptAsync(state.Call, context.CancellationToken),
                context,
                (Handler: this, Call: call)).ConfigureAwait(false);
            operationTelemetry.Answered(response, call.Attempts);
            return response;
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested && FailureTranslator.Translate(failure, call, pipeline.Options) is { } translated)
        {
            operationTelemetry.Failed(translated, call.Attempts);
            throw translated;
        }
        catch (Exception failure)
        {
            operationTelemetry.Failed(failure, call.Attempts);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One attempt: the request (a fresh copy unless it is the first attempt of a bodiless request), and the whole answer read before the attempt ends.</summary>
    private async ValueTask<HttpResponseMessage> SendAttemptAsync(CallState call, CancellationToken cancellationToken)
    {
        call.BeginAttempt();
        var attempt = RequestReplay.ForAttempt(call);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            RequestReplay.Release(attempt, call);
            throw;
        }

        call.AnswerStarted = true;
        try
        {
            // The body is read here, under the attempt and total timeouts, so that a connection lost in the
            // middle of the answer is judged like any other failure of the attempt.
            // It goes into a pooled buffer that the transport takes over without copying it again.
            response.Content = await BufferedContent.LoadAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            RequestReplay.Release(attempt, call);
            throw;
        }
    }
}
