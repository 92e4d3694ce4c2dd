namespace Omnidesk.Chat.Client;

/// <summary>
/// The v1 chats API (<c>/api/v1/chats</c>): list, read, create, rename and remove chats. Every call sends the
/// v1 API key (<c>Omnidesk:ChatsApiKey</c>, else <c>Omnidesk:ApiKey</c>) in the <c>authorization</c> header.
/// Registered by <c>AddOmnideskChat()</c>.
/// </summary>
/// <remarks>
/// Arguments are checked before anything is sent: a broken rule throws <see cref="OmnideskValidationException"/>
/// naming the field. A failed answer throws <see cref="OmnideskApiException"/> with the status and the server's
/// message (a chat that does not exist gives 404).
/// </remarks>
public interface IOmnideskChatsApi
{
    /// <summary>Lists one page of chats (<c>GET /api/v1/chats</c>).</summary>
    /// <param name="query">The filters and page, or <see langword="null"/> for the server's defaults (page 1 of 10).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chats of the page, in the server's order; fewer than the page size on the last page.</returns>
    /// <exception cref="OmnideskValidationException"><c>pageNumber</c> is below 1, <c>pageSize</c> outside 1-100, an id is empty or a channel type blank.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with a failure.</exception>
    Task<IReadOnlyList<Chat>> ListAsync(ChatListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists every chat that matches the query, fetching pages of <see cref="ChatListQuery.PageSize"/> (100 unless
    /// set) from <see cref="ChatListQuery.PageNumber"/> (1 unless set) only as the enumeration reaches them, and
    /// stopping after the first page that is not full.
    /// </summary>
    /// <param name="query">The filters, and optionally the page size and first page.</param>
    /// <param name="cancellationToken">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The chats, page after page, in the server's order.</returns>
    /// <exception cref="OmnideskValidationException">The query breaks a rule (thrown by this call, before enumerating).</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered a page with a failure (thrown while enumerating).</exception>
    IAsyncEnumerable<Chat> ListAllAsync(ChatListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Lists one page of chats with details (<c>GET /api/v1/chats/details</c>).</summary>
    /// <param name="query">The filters and page, or <see langword="null"/> for the server's defaults (page 1 of 10).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chats of the page with their details, in the server's order.</returns>
    /// <exception cref="OmnideskValidationException"><c>pageNumber</c> is below 1, <c>pageSize</c> outside 1-100 or an id is empty.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with a failure.</exception>
    Task<IReadOnlyList<ChatDetails>> ListDetailsAsync(ChatDetailsListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists every chat with details that matches the query, fetching pages lazily like
    /// <see cref="ListAllAsync"/> (100 per page unless set, stopping after the first page that is not full).
    /// </summary>
    /// <param name="query">The filters, and optionally the page size and first page.</param>
    /// <param name="cancellationToken">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The chats with details, page after page, in the server's order.</returns>
    /// <exception cref="OmnideskValidationException">The query breaks a rule (thrown by this call, before enumerating).</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered a page with a failure (thrown while enumerating).</exception>
    IAsyncEnumerable<ChatDetails> ListAllDetailsAsync(ChatDetailsListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a chat (<c>GET /api/v1/chats/{id}</c>).</summary>
    /// <param name="id">The chat's id; not <see cref="Guid.Empty"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chat.</returns>
    /// <exception cref="OmnideskValidationException"><paramref name="id"/> is <see cref="Guid.Empty"/>.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with a failure, such as 404 for an unknown chat.</exception>
    Task<Chat> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Reads a chat with its details (<c>GET /api/v1/chats/{id}/details</c>).</summary>
    /// <param name="id">The chat's id; not <see cref="Guid.Empty"/>.</param>
    /// <param name="responderVersionId">The responder version to read the chat for (<c>responderVersionId</c>), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chat with its channel, owner, responder, latest messages and ticket.</returns>
    /// <exception cref="OmnideskValidationException">An id is <see cref="Guid.Empty"/>.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with a failure, such as 404 for an unknown chat.</exception>
    Task<ChatDetails> GetDetailsAsync(Guid id, Guid? responderVersionId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a chat (<c>POST /api/v1/chats</c>).</summary>
    /// <param name="request">The owner, and optionally the channel and title.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chat created.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException"><c>ownerId</c> or <c>channelId</c> is <see cref="Guid.Empty"/>.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with a failure.</exception>
    Task<Chat> CreateAsync(CreateChatRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a chat (<c>PATCH /api/v1/chats/{id}</c>): only the fields set on <paramref name="request"/> are sent;
    /// one set to <see langword="null"/> is cleared.
    /// </summary>
    /// <param name="id">The chat's id; not <see cref="Guid.Empty"/>.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The chat as it is after the change.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException"><paramref name="id"/> is <see cref="Guid.Empty"/>.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with a failure, such as 404 for an unknown chat.</exception>
    Task<Chat> UpdateAsync(Guid id, UpdateChatRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes a chat (<c>DELETE /api/v1/chats/{id}</c>); the server soft-removes it.</summary>
    /// <param name="id">The chat's id; not <see cref="Guid.Empty"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's message.</returns>
    /// <exception cref="OmnideskValidationException"><paramref name="id"/> is <see cref="Guid.Empty"/>.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with a failure, such as 404 for an unknown chat.</exception>
    Task<DeleteChatResult> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
