namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// Adds a request's credentials for the service its operation addresses: the <c>apiKey</c> header (or query
/// parameter, <see cref="ApiKeyLocation.Query"/>) for the v2 API and the user's own endpoints (<c>AddOmnideskApi</c>), the raw
/// <c>authorization</c> header for the v1 chats API; the chat service's tokens are in its query already.
/// </summary>
internal static class RequestAuthentication
{
    public static void Apply(HttpRequestMessage request, OmnideskOperation operation, OmnideskChatOptions options)
    {
        switch (operation.Api)
        {
            case OmnideskApi.Chat or OmnideskApi.Account when string.IsNullOrEmpty(options.ApiKey):
                break;
            case OmnideskApi.Chat or OmnideskApi.Account when options.ApiKeyLocation == ApiKeyLocation.Query:
                var address = request.RequestUri!.AbsoluteUri;
                request.RequestUri = new Uri(
                    string.Concat(address, request.RequestUri.Query.Length > 1 ? "&" : "?", "apiKey=", Uri.EscapeDataString(options.ApiKey)),
                    UriKind.Absolute);
                break;
            case OmnideskApi.Chat or OmnideskApi.Account:
                request.Headers.TryAddWithoutValidation("apiKey", options.ApiKey);
                break;
            case OmnideskApi.Chats when options.EffectiveChatsApiKey is { Length: > 0 } chatsKey:
                request.Headers.TryAddWithoutValidation("authorization", chatsKey);
                break;
        }
    }
}
