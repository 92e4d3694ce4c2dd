using Refit;

namespace Omnidesk.Chat.Client.Endpoints;

/// <summary>
/// The v1 chats API (<c>/api/v1/chats...</c>), as Omnidesk's "Chats" page documents it: query parameters in the
/// page's order, a <see langword="null"/> one not sent, lists as repeated keys; JSON bodies. The
/// <c>authorization</c> header comes from the HTTP pipeline (<c>Pipeline/</c>).
/// </summary>
[Headers("Accept: application/json")]
internal interface IChatsEndpoints
{
    [Get("/api/v1/chats")]
    Task<HttpResponseMessage> ListAsync(
        [Query(CollectionFormat.Multi)] IEnumerable<string>? channelIds,
        [Query(CollectionFormat.Multi)] IEnumerable<string>? channelTypes,
        [Query(CollectionFormat.Multi)] IEnumerable<string>? ownerIds,
        [Query(CollectionFormat.Multi)] IEnumerable<string>? responderIds,
        [Query(CollectionFormat.Multi)] IEnumerable<string>? responderVersionIds,
        string? search,
        string? lastChatMessageCreatedAtStart,
        string? lastChatMessageCreatedAtEnd,
        int? pageNumber,
        int? pageSize,
        CancellationToken cancellationToken);

    [Get("/api/v1/chats/details")]
    Task<HttpResponseMessage> ListDetailsAsync(
        [Query(CollectionFormat.Multi)] IEnumerable<string>? channelIds,
        [Query(CollectionFormat.Multi)] IEnumerable<string>? responderIds,
        [Query(CollectionFormat.Multi)] IEnumerable<string>? responderVersionIds,
        string? search,
        int? pageNumber,
        int? pageSize,
        CancellationToken cancellationToken);

    [Get("/api/v1/chats/{id}")]
    Task<HttpResponseMessage> GetAsync(Guid id, CancellationToken cancellationToken);

    [Get("/api/v1/chats/{id}/details")]
    Task<HttpResponseMessage> GetDetailsAsync(Guid id, Guid? responderVersionId, CancellationToken cancellationToken);

    [Post("/api/v1/chats")]
    Task<HttpResponseMessage> CreateAsync([Body] CreateChatRequest request, CancellationToken cancellationToken);

    /// <summary>Only the fields that are set are written; one set to <see langword="null"/> as <c>null</c>.</summary>
    [Patch("/api/v1/chats/{id}")]
    Task<HttpResponseMessage> UpdateAsync(Guid id, [Body] UpdateChatRequest request, CancellationToken cancellationToken);

    [Delete("/api/v1/chats/{id}")]
    Task<HttpResponseMessage> DeleteAsync(Guid id, CancellationToken cancellationToken);
}
