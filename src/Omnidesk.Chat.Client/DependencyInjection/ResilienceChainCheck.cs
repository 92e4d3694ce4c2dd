using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;

namespace Omnidesk.Chat.Client.DependencyInjection;

/// <summary>
/// Refuses to build an Omnidesk client's handlers when a second resilience handler was chained onto it (such as
/// <c>AddOmnideskChat().AddStandardResilienceHandler()</c>): that handler retries every POST on a 500 or a
/// timeout, so it would send a chat message twice. It fails when the client is first created, before any call.
/// </summary>
internal sealed record ResilienceChainCheck(string ClientName) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name == ClientName && builder.AdditionalHandlers.Count(handler => handler is ResilienceHandler) > 1)
        {
            throw new InvalidOperationException(
                $"The HttpClient '{ClientName}' of the Omnidesk clients has a second resilience handler (such as AddStandardResilienceHandler()). " +
                "It would send chat messages again after failures that do not prove they were not stored, creating duplicates. " +
                "Remove it: the Omnidesk clients have their own pipeline, configured under Omnidesk:Resilience (Omnidesk:Accounts:{account}:Resilience for a further account).");
        }
    };
}
