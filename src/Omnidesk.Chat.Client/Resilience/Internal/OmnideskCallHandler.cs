using Omnidesk.Chat.Client.Http.Internal;
using Polly;

namespace Omnidesk.Chat.Client.Resilience.Internal;

/// <summary>
/// The outermost handler of the Omnidesk clients, around the library's resilience handler: it opens the call's
/// <see cref="ResilienceContext"/> (named after the operation, holding the <see cref="CallState"/> the retry rule
/// reads), wraps the body so that each attempt notes when it starts going out, and turns the failure that ends
/// the call into an exception that says whether the server may have acted on it.
/// </summary>
internal sealed class OmnideskCallHandler(OmnideskChatOptions options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is not OmnideskRequest { Operation: var operation } omnidesk)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var deadline = time.GetTimestamp() + (long)(options.Resilience.TotalTimeout.TotalSeconds * time.TimestampFrequency);
        var content = request.Content;
        var call = new CallState(omnidesk, content, deadline);
        omnidesk.Call = call;
        if (content is not null)
        {
            request.Content = new AttemptContent(content, call);
        }

        var context = ResilienceContextPool.Shared.Get(operation.Name, continueOnCapturedContext: false, cancellationToken);
        context.Properties.Set(CallState.Key, call);
        request.SetResilienceContext(context);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested && FailureTranslator.Translate(failure, call, options) is { } translated)
        {
            throw translated;
        }
        finally
        {
            request.SetResilienceContext(null);
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
