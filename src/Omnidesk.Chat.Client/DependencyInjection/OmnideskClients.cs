using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.ChatApi.Internal;
using Omnidesk.Chat.Client.ChatsApi.Internal;
using Omnidesk.Chat.Client.Endpoints;
using Refit;

namespace Omnidesk.Chat.Client.DependencyInjection;

/// <summary>
/// Makes the typed clients over Refit's source-generated endpoints (<see cref="RestService.ForGenerated{T}(HttpClient, RefitSettings)"/>:
/// no reflection, so no trim or AOT warning), each on an <see cref="HttpClient"/> of the account's name, and so
/// on its handlers, pipeline and circuit breaker, addressed at the service the endpoints belong to.
/// </summary>
internal static class OmnideskClients
{
    /// <summary>The v2 answers are read by the pipeline; Refit writes only forms, so its serializer is never asked.</summary>
    private static readonly RefitSettings ChatSettings = new()
    {
        ContentSerializer = SystemTextJsonContentSerializer.ForContext(ChatJsonContext.Default),
        TransportExceptionFactory = PassThrough,
    };

    /// <summary>The v1 bodies, written whole (with their <c>Content-Length</c>) from the source-generated context.</summary>
    private static readonly RefitSettings ChatsSettings = new()
    {
        ContentSerializer = SystemTextJsonContentSerializer.ForContext(ChatsJsonContext.Default),
        RequestBodySerialization = RequestBodySerializationMode.Buffered,
        TransportExceptionFactory = PassThrough,
    };

    /// <summary>
    /// The SDK's exceptions reach the caller as the pipeline threw them (Refit would wrap them in its
    /// <c>ApiRequestException</c>): the pipeline has already said what failed and whether it may have been stored.
    /// </summary>
    public static Exception PassThrough(HttpRequestMessage request, Exception failure, CancellationToken cancellationToken) => failure;

    public static IOmnideskChatApi ChatApi(IServiceProvider services, string optionsName, string clientName)
    {
        var options = OmnideskChatRegistration.OptionsOf(services, optionsName);
        var account = Client(services, clientName, options.BaseAddress);
        return new OmnideskChatApi(
            RestService.ForGenerated<IChatControllerEndpoints>(account, ChatSettings),
            RestService.ForGenerated<IChatbotLogEndpoints>(account, ChatSettings),
            RestService.ForGenerated<IChatServiceEndpoints>(Client(services, clientName, options.ChatServiceAddress), ChatSettings),
            options);
    }

    public static IOmnideskChatsApi ChatsApi(IServiceProvider services, string optionsName, string clientName) =>
        new OmnideskChatsApi(RestService.ForGenerated<IChatsEndpoints>(
            Client(services, clientName, OmnideskChatRegistration.OptionsOf(services, optionsName).BaseAddress),
            ChatsSettings));

    /// <summary>
    /// Registers a user's Refit interface on the account of <paramref name="chat"/> (<c>AddOmnideskApi</c>): on the
    /// account's client name, so on its handlers and pipeline, addressed at its <see cref="OmnideskChatOptions.BaseAddress"/>.
    /// </summary>
    public static void RegisterApi<TApi>(OmnideskChatBuilder chat, RefitSettings settings)
        where TApi : class
    {
        var account = chat.Account;
        var wrapped = settings.TransportExceptionFactory;
        settings.TransportExceptionFactory = (request, failure, cancellationToken) => failure is OmnideskException ? failure : wrapped(request, failure, cancellationToken);
        var clientName = chat.Name;
        if (account is null)
        {
            chat.Services.AddTransient(sp => ForApi<TApi>(sp, Microsoft.Extensions.Options.Options.DefaultName, clientName, settings));
        }
        else
        {
            chat.Services.AddKeyedTransient(account, (sp, _) => ForApi<TApi>(sp, account, clientName, settings));
        }
    }

    private static TApi ForApi<TApi>(IServiceProvider services, string optionsName, string clientName, RefitSettings settings) =>
        RestService.ForGenerated<TApi>(Client(services, clientName, OmnideskChatRegistration.OptionsOf(services, optionsName).BaseAddress), settings);

    /// <summary>A client of the factory's <paramref name="clientName"/> (its handlers are shared) with its own base address.</summary>
    public static HttpClient Client(IServiceProvider services, string clientName, Uri? baseAddress)
    {
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(clientName);
        client.BaseAddress = baseAddress;
        return client;
    }
}
