namespace Omnidesk.Chat.Client;

/// <summary>
/// The Omnidesk v2 Chat API (the Chat controller, plus the chatbot log and the chat service's configuration):
/// one method per endpoint. Register it with <c>services.AddOmnideskChat()</c> and inject it.
/// </summary>
/// <remarks>
/// Every method checks its arguments against the documented rules before anything is sent and throws
/// <see cref="OmnideskValidationException"/> on a violation. The chat server and chat account token of a request
/// fall back to <see cref="OmnideskChatOptions.ChatServer"/> and <see cref="OmnideskChatOptions.ChatAccountToken"/>.
/// A failed answer throws <see cref="OmnideskApiException"/>.
/// </remarks>
public interface IOmnideskChatApi
{
    /// <summary>Asks the account for the chat's configuration (<c>POST /api/v2/chat/requestChatConfig</c>).</summary>
    /// <param name="request">The chat server and account token; <see langword="null"/> uses the configured ones.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configuration and its instructions.</returns>
    /// <exception cref="OmnideskValidationException">A value breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<ChatConfig> RequestChatConfigAsync(ChatConfigRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a customer's message to the agent (<c>POST /api/v2/chat/notifyUserNewChatMessage</c>). The first
    /// message of a session opens it and creates a ticket; this is how a chatbot escalates to a human.
    /// </summary>
    /// <param name="message">The message and its session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ticket the session's messages go to.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">A field breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<NewChatMessageResult> NotifyUserNewChatMessageAsync(NewChatMessage message, CancellationToken cancellationToken = default);

    /// <summary>Tells the agent what the customer's chat window did, such as typing (<c>POST /api/v2/chat/notifyUserNewChatEvent</c>).</summary>
    /// <param name="chatEvent">The event and its session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chatEvent"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">A field breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<ChatNotificationResult> NotifyUserNewChatEventAsync(ChatEvent chatEvent, CancellationToken cancellationToken = default);

    /// <summary>Tells the agent which page the customer visited (<c>POST /api/v2/chat/notifyUserVisited</c>).</summary>
    /// <param name="visit">The page and its session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">A field breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<ChatNotificationResult> NotifyUserVisitedAsync(UserVisit visit, CancellationToken cancellationToken = default);

    /// <summary>Ends a chat session (<c>POST /api/v2/chat/notifyUserEndChat</c>).</summary>
    /// <param name="endChat">The session to end.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endChat"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">A field breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<ChatNotificationResult> NotifyUserEndChatAsync(EndChat endChat, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads a customer's file to the agent (<c>POST /api/v2/chat/addAttachment</c>). The file is streamed from
    /// <paramref name="content"/>'s current position, never buffered whole; the stream is not disposed.
    /// </summary>
    /// <param name="content">The file's bytes. A seekable stream lets the request be sent again on a retry.</param>
    /// <param name="fileName">The file's name, such as <c>invoice.pdf</c>.</param>
    /// <param name="contentType">The file's media type, such as <c>application/pdf</c>.</param>
    /// <param name="upload">The session the file belongs to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ticket and message that hold the file.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read, or the file name or media type is blank or invalid.</exception>
    /// <exception cref="OmnideskValidationException">A field breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<AttachmentResult> AddAttachmentAsync(Stream content, string fileName, string contentType, AttachmentUpload upload, CancellationToken cancellationToken = default);

    /// <summary>Checks a customer's origin and IP address against the account's lists (<c>POST /api/v2/chat/checkOriginAndIP</c>).</summary>
    /// <param name="check">The origin and IP address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's answer, read tolerantly (its shape is not documented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">A field breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<OriginCheckResult> CheckOriginAndIpAsync(OriginCheck check, CancellationToken cancellationToken = default);

    /// <summary>Gets the account's allowed domains and refused IP addresses (<c>GET /api/v2/chat/whitelistedDomainsAndBlacklistedIPs</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lists, read tolerantly (their shape is not documented).</returns>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<AccessLists> GetWhitelistedDomainsAndBlacklistedIpsAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the chat queue (<c>POST /api/v2/chat/requestChatQueue</c>).</summary>
    /// <param name="request">The chat account token; <see langword="null"/> uses the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queue, read tolerantly (its shape is not documented).</returns>
    /// <exception cref="OmnideskValidationException">The token breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<ChatQueue> RequestChatQueueAsync(ChatQueueRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Stores a chatbot conversation as a ticket (<c>POST /api/v2/message/chatbot</c>).</summary>
    /// <param name="log">The customer, subject and conversation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server's answer (<c>Chatbot ticket created.</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="log"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">A field breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">Omnidesk answered with an error or an unreadable body.</exception>
    Task<ChatbotLogResult> CreateChatbotLogAsync(ChatbotLog log, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the chat's configuration from the chat service (<c>GET {ChatServiceAddress}/requestChatConfig</c>),
    /// whose instructions say whether agents are available (see <see cref="ChatConfig.AreAgentsAvailable"/>).
    /// </summary>
    /// <param name="tokens">The chat account and chat server tokens; <see langword="null"/> uses the configured ones.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configuration and its instructions.</returns>
    /// <exception cref="OmnideskValidationException">A token breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">The chat service answered with an error or an unreadable body.</exception>
    Task<ChatConfig> GetChatConfigAsync(ChatServiceTokens? tokens = null, CancellationToken cancellationToken = default);
}
