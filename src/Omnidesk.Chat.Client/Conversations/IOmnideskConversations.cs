namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// Conversations: the bot-to-human handover as one object per chat session, with the customer's side as methods and
/// the agent's side as a typed stream of events. Register with
/// <c>services.AddOmnideskChat().AddOmnideskConversations()</c> and inject it.
/// </summary>
/// <remarks>
/// The conversations live in the registered <see cref="IOmnideskConversationStore"/> (in memory by default), so any
/// instance sharing that store sees the same conversations, message numbers and events. A store that cannot be
/// reached throws <see cref="OmnideskStoreUnavailableException"/> from every method.
/// </remarks>
public interface IOmnideskConversations
{
    /// <summary>
    /// Hands a customer over to a person: optionally checks that an agent is available, optionally stores the chatbot
    /// log, then sends the first message (number 1, carrying the bot transcript and the customer's details), which
    /// opens the session and creates the ticket.
    /// </summary>
    /// <param name="request">The session, the first message and the customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// <see cref="ConversationStartOutcome.Started"/> with the new conversation;
    /// <see cref="ConversationStartOutcome.AlreadyOpen"/> with the open one when the session id is already open (no
    /// second ticket); or <see cref="ConversationStartOutcome.NoAgentsAvailable"/> with no conversation (nothing sent).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">A field breaks its rule; nothing was sent.</exception>
    /// <exception cref="OmnideskConversationEndedException">The session id belongs to a conversation that ended and is still kept.</exception>
    /// <exception cref="OmnideskException">Omnidesk refused or could not be reached (the subtypes say which); the session is not opened.</exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    Task<ConversationStartResult> StartAsync(ConversationStartRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets the conversation of a session, open or ended (while it is kept).</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation, or <see langword="null"/> when the store holds none for the id (never started, expired, or still starting).</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is null or empty.</exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    Task<OmnideskConversation?> GetAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Lists the open conversations, a page at a time.</summary>
    /// <param name="pageSize">How many per page, 1 to 1,000.</param>
    /// <param name="pageToken">The <see cref="ConversationPage{T}.NextPageToken"/> of the previous page, or <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of open conversations.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1 to 1,000.</exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    Task<ConversationPage<OmnideskConversation>> ListOpenAsync(int pageSize = 50, string? pageToken = null, CancellationToken cancellationToken = default);
}
