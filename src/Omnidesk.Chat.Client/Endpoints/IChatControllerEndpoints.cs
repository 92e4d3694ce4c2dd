using Refit;

namespace Omnidesk.Chat.Client.Endpoints;

/// <summary>
/// The v2 Chat controller (<c>/api/v2/chat/...</c>), as Omnidesk's "Chat API" page documents it: each method is one
/// endpoint, its form fields in the page's order. A <see langword="null"/> field is not sent. The <c>apiKey</c>
/// header, the operation and everything else a call gets come from the HTTP pipeline (<c>Pipeline/</c>).
/// </summary>
[Headers("Accept: application/json")]
internal interface IChatControllerEndpoints
{
    [Multipart]
    [Post("/api/v2/chat/requestChatConfig")]
    Task<HttpResponseMessage> RequestChatConfigAsync(string chatServer, string chatAccountToken, CancellationToken cancellationToken);

    [Multipart]
    [Post("/api/v2/chat/notifyUserNewChatMessage")]
    Task<HttpResponseMessage> NotifyUserNewChatMessageAsync(
        string chatServer,
        string chatSessionID,
        string chatAccountToken,
        string? channelID,
        string message,
        string? url,
        string? messageNumber,
        string? usedPredefinedUserInput,
        string? additionalData,
        string? externalAddressOverwrite,
        string? customerName,
        string? emailAddress,
        string? phoneNumber,
        CancellationToken cancellationToken);

    [Multipart]
    [Post("/api/v2/chat/notifyUserNewChatEvent")]
    Task<HttpResponseMessage> NotifyUserNewChatEventAsync(string chatServer, string chatSessionID, [AliasAs("event")] string chatEvent, CancellationToken cancellationToken);

    [Multipart]
    [Post("/api/v2/chat/notifyUserVisited")]
    Task<HttpResponseMessage> NotifyUserVisitedAsync(string chatServer, string chatSessionID, string url, CancellationToken cancellationToken);

    [Multipart]
    [Post("/api/v2/chat/notifyUserEndChat")]
    Task<HttpResponseMessage> NotifyUserEndChatAsync(string chatServer, string chatSessionID, CancellationToken cancellationToken);

    /// <summary>The session in the query, the file as the body's only part, streamed from the caller's stream.</summary>
    [Multipart]
    [Post("/api/v2/chat/addAttachment")]
    Task<HttpResponseMessage> AddAttachmentAsync(
        [Query] string chatServer,
        [Query] string chatSessionID,
        [Query] string chatAccountToken,
        MultipartItem file,
        CancellationToken cancellationToken);

    [Multipart]
    [Post("/api/v2/chat/checkOriginAndIP")]
    Task<HttpResponseMessage> CheckOriginAndIpAsync(string? chatServer, string chatAccountToken, string origin, string? ip, CancellationToken cancellationToken);

    [Get("/api/v2/chat/whitelistedDomainsAndBlacklistedIPs")]
    Task<HttpResponseMessage> WhitelistedDomainsAndBlacklistedIpsAsync(CancellationToken cancellationToken);

    [Multipart]
    [Post("/api/v2/chat/requestChatQueue")]
    Task<HttpResponseMessage> RequestChatQueueAsync(string chatAccountToken, CancellationToken cancellationToken);
}
