using Omnidesk.Chat.Client.Diagnostics.Internal;
using Polly;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// The outermost handler of the Omnidesk clients, around the library's resilience handler: it finds the
/// request's operation, authenticates the request, opens the call's span and <see cref="ResilienceContext"/>
/// (named after the operation, holding the <see cref="CallState"/> the retry rule reads), wraps the body so
/// that each attempt notes when it starts going out, reads the answer (<see cref="AnswerReader"/>), and turns the
/// failure that ends the call into an exception that says whether the server may have acted on it.
/// </summary>
internal sealed class OmnideskCallHandler(OmnideskChatOptions options, OmnideskTelemetry telemetry, TimeProvider time) : DelegatingHandler
{
    /// <summary>Where the call's state waits for <see cref="OmnideskAttemptHandler"/>, below the resilience handler.</summary>
    public static readonly HttpRequestOptionsKey<CallState> CallKey = new("Omnidesk.Chat.Client.CallState");

    private readonly CallSecrets _mask = new(options);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (OmnideskOperations.Of(request) is not { } operation)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        RequestAuthentication.Apply(request, operation, options);
        MultipartBoundary.Renew(request);
        using var span = telemetry.Start(operation, request.RequestUri!.Host);
        var deadline = time.GetTimestamp() + (long)(options.Resilience.TotalTimeout.TotalSeconds * time.TimestampFrequency);
        var content = request.Content;
        var call = new CallState(request, operation, span, content, deadline);
        if (content is not null)
        {
            request.Content = new AttemptContent(content, call);
        }

        request.Options.Set(CallKey, call);
        var context = ResilienceContextPool.Shared.Get(operation.Name, continueOnCapturedContext: false, cancellationToken);
        context.Properties.Set(CallState.Key, call);
        request.SetResilienceContext(context);
        HttpResponseMessage? response = null;
        try
        {
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested && FailureTranslator.Translate(failure, call, options) is { } translated)
            {
                throw translated;
            }

            response.RequestMessage = request;
            AnswerReader.Read(response, call, _mask, options.SectionPath);
            span.Succeeded(call.Attempts);
            return response;
        }
        catch (Exception failure)
        {
            response?.Dispose();
            span.Failed(failure, call.Attempts);
            throw;
        }
        finally
        {
            request.SetResilienceContext(null);
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
