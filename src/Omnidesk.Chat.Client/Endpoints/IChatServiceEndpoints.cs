using Refit;

namespace Omnidesk.Chat.Client.Endpoints;

/// <summary>
/// The chat service (<c>https://chat.omnidesk.io/</c> by default, <see cref="OmnideskChatOptions.ChatServiceAddress"/>):
/// the chat's configuration, authenticated by the two tokens in the query (docs/wire-format.md, "Chat service").
/// </summary>
[Headers("Accept: application/json")]
internal interface IChatServiceEndpoints
{
    [Get("/requestChatConfig")]
    Task<HttpResponseMessage> RequestChatConfigAsync(string chatAccountToken, string chatServerToken, CancellationToken cancellationToken);
}
