using Omnidesk.Chat.Client.Conversations.Internal;

namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// One customer's chat with a person: the customer's side as methods, the agent's side as
/// <see cref="ReadEventsAsync(CancellationToken)"/>. Get one from <see cref="IOmnideskConversations"/>; every instance
/// for the same session works on the same stored conversation, in this process or another sharing the store.
/// </summary>
/// <remarks>
/// Message numbers come from the store's atomic counter, so two callers sending at once (here or on another
/// instance) get different numbers, 1, 2, 3… A number is taken before its message is sent and is never given again:
/// a send that fails (including <see cref="OmnideskDeliveryUnknownException"/>, where Omnidesk may have stored the
/// message) leaves its number used, so the numbers Omnidesk sees stay unique and increasing but may skip one.
/// </remarks>
public sealed class OmnideskConversation
{
    private readonly ConversationEngine _engine;
    private ConversationRecord _record;

    internal OmnideskConversation(ConversationEngine engine, ConversationRecord record)
    {
        _engine = engine;
        _record = record;
    }

    /// <summary>The chat session id.</summary>
    public string SessionId => _record.SessionId;

    /// <summary>The ticket Omnidesk opened for the session, when it said (<c>ticketID</c>).</summary>
    public long? TicketId => Volatile.Read(ref _record).TicketId;

    /// <summary>
    /// The state last seen by this instance: updated by its own calls and by the events it reads. Another instance's
    /// change shows after this one next calls or reads; <see cref="IOmnideskConversations.GetAsync"/> gives a fresh one.
    /// </summary>
    public ConversationState State
    {
        get
        {
            var record = Volatile.Read(ref _record);
            return new ConversationState(record.Status, record.EndedBy, record.EndedAt);
        }
    }

    /// <summary>Sends the customer's message to the agent (<c>notifyUserNewChatMessage</c>) with the session's next message number.</summary>
    /// <param name="text">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message's number and ticket.</returns>
    /// <exception cref="OmnideskValidationException"><paramref name="text"/> is missing or blank; nothing was sent.</exception>
    /// <exception cref="OmnideskConversationEndedException">The conversation has ended; nothing was sent.</exception>
    /// <exception cref="OmnideskException">Omnidesk refused or could not be reached (the subtypes say which).</exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    public Task<SentMessage> SendAsync(string text, CancellationToken cancellationToken = default) =>
        _engine.SendAsync(this, text, cancellationToken);

    /// <summary>
    /// Sends a customer's file to the agent (<c>addAttachment</c>), streamed from its current position and not
    /// disposed. Its size is checked against <see cref="OmnideskConversationsOptions.MaxFileSizeByMediaType"/> before
    /// anything is sent, so the stream must be able to tell its length (<see cref="Stream.CanSeek"/>).
    /// </summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file's name, such as <c>invoice.pdf</c>.</param>
    /// <param name="contentType">The file's media type, such as <c>application/pdf</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was sent.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">The file is larger than its media type allows; nothing was sent.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read or cannot tell its length, or the name or media type is blank or invalid.</exception>
    /// <exception cref="OmnideskConversationEndedException">The conversation has ended; nothing was sent.</exception>
    /// <exception cref="OmnideskException">Omnidesk refused or could not be reached (the subtypes say which).</exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    public Task<SentFile> SendFileAsync(Stream content, string fileName, string contentType, CancellationToken cancellationToken = default) =>
        _engine.SendFileAsync(this, content, fileName, contentType, cancellationToken);

    /// <summary>Tells the agent the customer started or stopped typing (<c>notifyUserNewChatEvent</c>).</summary>
    /// <param name="isTyping"><see langword="true"/> for <c>startedtyping</c>, <see langword="false"/> for <c>stoppedtyping</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The call.</returns>
    /// <exception cref="OmnideskConversationEndedException">The conversation has ended; nothing was sent.</exception>
    /// <exception cref="OmnideskException">Omnidesk refused or could not be reached.</exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    public Task SetTypingAsync(bool isTyping, CancellationToken cancellationToken = default) =>
        _engine.SetTypingAsync(this, isTyping, cancellationToken);

    /// <summary>Tells the agent which page the customer is on (<c>notifyUserVisited</c>).</summary>
    /// <param name="url">The page's address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The call.</returns>
    /// <exception cref="OmnideskValidationException"><paramref name="url"/> is missing or blank; nothing was sent.</exception>
    /// <exception cref="OmnideskConversationEndedException">The conversation has ended; nothing was sent.</exception>
    /// <exception cref="OmnideskException">Omnidesk refused or could not be reached.</exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    public Task VisitAsync(string url, CancellationToken cancellationToken = default) =>
        _engine.VisitAsync(this, url, cancellationToken);

    /// <summary>
    /// Ends the session for the customer: first in the store, in one step that races safely with the agent's end and
    /// the idle end on every instance, then, only when this call ended it, with one <c>notifyUserEndChat</c>. Readers
    /// get <see cref="ConversationEnded"/> with <see cref="ConversationEndedBy.Customer"/>. Ending an ended conversation
    /// does nothing and calls nobody.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The call.</returns>
    /// <exception cref="OmnideskException">
    /// Omnidesk refused or could not be reached: the conversation has still ended here, and Omnidesk is not told again
    /// (it is told at most once per conversation); the agent closes the chat on their side.
    /// </exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    public Task EndAsync(CancellationToken cancellationToken = default) =>
        _engine.EndAsync(this, cancellationToken);

    /// <summary>
    /// The agent's side, as the default reader: every event in arrival order, each once, resuming after the last one
    /// this reader consumed (also after a restart, with a shared store). Ends after <see cref="ConversationEnded"/>,
    /// when the conversation expires after its end, or after <see cref="ConversationDataLost"/> when the store lost
    /// the open conversation.
    /// </summary>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The events.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Both overloads shipped together; the token stays optional on each, as on the BCL's async readers.")]
    public IAsyncEnumerable<ConversationEvent> ReadEventsAsync(CancellationToken cancellationToken = default) =>
        ReadEventsAsync(ConversationEngine.DefaultReader, cancellationToken);

    /// <summary>
    /// The agent's side for a named reader: each reader has its own position, so two readers (a web page and an
    /// audit log) each get every event. An event counts as consumed when the reader asks for the next one.
    /// </summary>
    /// <param name="reader">The reader's name, such as <c>web</c>.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentException"><paramref name="reader"/> is null or empty.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Both overloads shipped together; the token stays optional on each, as on the BCL's async readers.")]
    public IAsyncEnumerable<ConversationEvent> ReadEventsAsync(string reader, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reader);
        return _engine.ReadEventsAsync(this, reader, cancellationToken);
    }

    /// <summary>
    /// Opens an agent file's kept content. A file can be opened once: its content then leaves the store. After
    /// <see cref="OmnideskConversationsOptions.FileRetention"/> it is gone.
    /// </summary>
    /// <param name="file">The file event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A stream the caller disposes, or <see langword="null"/> when the content is gone (opened before, expired, or never kept).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="file"/> belongs to another session.</exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    public Task<Stream?> OpenFileAsync(AgentFile file, CancellationToken cancellationToken = default) =>
        _engine.OpenFileAsync(this, file, cancellationToken);

    /// <summary>Both sides' messages, files, visits, notices and the end, with timestamps, newest first.</summary>
    /// <param name="pageSize">How many per page, 1 to 1,000.</param>
    /// <param name="pageToken">The previous page's <see cref="ConversationPage{T}.NextPageToken"/>, or <see langword="null"/> for the newest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of history.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1 to 1,000.</exception>
    /// <exception cref="ArgumentException"><paramref name="pageToken"/> is not a token this method gave.</exception>
    /// <exception cref="OmnideskStoreUnavailableException">The store could not be reached.</exception>
    public Task<ConversationPage<ConversationEntry>> GetHistoryAsync(int pageSize = 50, string? pageToken = null, CancellationToken cancellationToken = default) =>
        _engine.GetHistoryAsync(this, pageSize, pageToken, cancellationToken);

    /// <summary>Shows the session id and state.</summary>
    /// <returns>For example <c>Conversation s-42 (Open, ticket 1000)</c>.</returns>
    public override string ToString()
    {
        var record = Volatile.Read(ref _record);
        return $"Conversation {record.SessionId} ({record.Status}{(record.TicketId is { } ticket ? $", ticket {ticket}" : string.Empty)})";
    }

    /// <summary>Keeps the latest record this instance saw.</summary>
    internal void Observe(ConversationRecord record)
    {
        var current = Volatile.Read(ref _record);
        if (record.Version >= current.Version || record.Status == ConversationStatus.Ended)
        {
            Volatile.Write(ref _record, record);
        }
    }

    internal ConversationRecord Record => Volatile.Read(ref _record);

    /// <summary>
    /// The last sequence each reader consumed through this object: what a store that rolled back (restored from an
    /// older snapshot, failed over without the last writes) no longer knows, so that a resumed reader can tell.
    /// </summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, long> Consumed { get; } = new(StringComparer.Ordinal);
}
