namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// Where conversations live: state, counters, the history, each session's event log and the agent's files.
/// <c>AddOmnideskConversations()</c> registers an in-memory store by default; a store shared by
/// several processes (such as Redis) implements this interface and the layer works unchanged.
/// </summary>
/// <remarks>
/// <para>Every operation is asynchronous, honours its <see cref="CancellationToken"/> and must not block a thread.</para>
/// <para>
/// Each operation is atomic on its own: the layer never needs a lock held across calls. Counters
/// (<see cref="IncrementAsync"/>), creation (<see cref="CreateOrGetAsync"/>), an agent's event
/// (<see cref="RecordAgentEventAsync"/>), the end (<see cref="TryEndAsync"/>) and appends (<see cref="AppendAsync"/>)
/// must be atomic across processes; a record otherwise changes only by compare-and-set on
/// <see cref="ConversationRecord.Version"/> (<see cref="TryUpdateAsync"/>).
/// </para>
/// <para>
/// When the store cannot be reached or does not answer in time, throw <see cref="OmnideskStoreUnavailableException"/>
/// with a one-line reason: the hookpoint receiver answers 503 with it, and the caller of a conversation method gets it.
/// An operation that throws must not have half-happened in a way the layer cannot repeat (an append either happened
/// or not).
/// </para>
/// <para>
/// Bounds are the store's to choose and state (history length, event-log length, file bytes). The event log may drop
/// its oldest entries when full: a reader that finds a gap in the sequence reports <see cref="ConversationEventsDropped"/>.
/// </para>
/// </remarks>
public interface IOmnideskConversationStore
{
    /// <summary>Creates the record when the session has none; otherwise returns the one stored, unchanged.</summary>
    /// <param name="record">The new record (its <see cref="ConversationRecord.Version"/> is ignored; the stored one is 1).</param>
    /// <param name="timeToLive">When set, everything of the session expires after this long unless <see cref="ExpireAsync"/> changes it; <see langword="null"/> keeps it until told.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether it was created, and the stored record.</returns>
    ValueTask<ConversationRecordCreation> CreateOrGetAsync(ConversationRecord record, TimeSpan? timeToLive, CancellationToken cancellationToken);

    /// <summary>Gets a session's record.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/> when there is none (never created, removed or expired).</returns>
    ValueTask<ConversationRecord?> GetAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="record"/> when the stored version still equals <see cref="ConversationRecord.Version"/>
    /// (compare-and-set); <see cref="ConversationRecord.LastActivityAt"/> keeps the later of the two values.
    /// </summary>
    /// <param name="record">The changed record, carrying the version it was read at.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored record with its new version, or <see langword="null"/> when another writer changed it first or it no longer exists.</returns>
    ValueTask<ConversationRecord?> TryUpdateAsync(ConversationRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Moves <see cref="ConversationRecord.LastActivityAt"/> forward to the store's own clock (never backwards); does not
    /// change the version. The store's clock, not the caller's: every instance sharing the store then measures idleness
    /// against one clock (<see cref="TryEndAsync"/>).
    /// </summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work.</returns>
    ValueTask TouchAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the conversation exactly once, in one atomic step: when the stored status is not
    /// <see cref="ConversationStatus.Ended"/> (and, with <paramref name="idleFor"/>, the record is
    /// <see cref="ConversationStatus.Open"/> and its <see cref="ConversationRecord.LastActivityAt"/> is at least that long
    /// ago on the store's own clock), sets the status, <see cref="ConversationRecord.EndedBy"/> and
    /// <see cref="ConversationRecord.EndedAt"/> (from <paramref name="ended"/>), appends <paramref name="ended"/> to the
    /// history and the event log, wakes the session's readers and makes everything of the session expire after
    /// <paramref name="retainFor"/>. Otherwise it changes nothing. Of any number of callers racing on any number of
    /// processes, exactly one gets the record back.
    /// </summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="ended">The <see cref="ConversationEntryKind.Ended"/> entry, carrying who ended it, when, and the text.</param>
    /// <param name="idleFor">When set, end only a conversation idle for at least this long by the store's clock.</param>
    /// <param name="retainFor">How long the ended session is kept for late readers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ended record when this call ended it; <see langword="null"/> when it was already ended, is gone, or is not idle long enough.</returns>
    ValueTask<ConversationRecord?> TryEndAsync(string sessionId, ConversationEntry ended, TimeSpan? idleFor, TimeSpan retainFor, CancellationToken cancellationToken);

    /// <summary>Lists the records whose status is <see cref="ConversationStatus.Open"/>, a page at a time, in a stable order.</summary>
    /// <param name="pageSize">At most this many.</param>
    /// <param name="pageToken">The previous page's token, or <see langword="null"/> for the first.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page; a record opened or ended while paging may or may not appear.</returns>
    ValueTask<ConversationPage<ConversationRecord>> ListOpenAsync(int pageSize, string? pageToken, CancellationToken cancellationToken);

    /// <summary>Adds one to a session's counter and returns the new value (1 the first time), atomically.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="counter">The counter's name, such as <see cref="ConversationCounters.MessageNumber"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counter's new value.</returns>
    ValueTask<long> IncrementAsync(string sessionId, string counter, CancellationToken cancellationToken);

    /// <summary>
    /// Records one event of the agent's side in one atomic step, so that it is either wholly stored or not at all (the
    /// hookpoint receiver answers <c>ok</c> only after it, and 503 when it throws). When the session has a record whose
    /// status is not <see cref="ConversationStatus.Ended"/>:
    /// when <see cref="ConversationEntry.AgentName"/> is set and not yet among the session's agents (compared ordinally),
    /// adds it and first appends an <see cref="ConversationEntryKind.AgentJoined"/> entry (the same timestamp, name and
    /// picture) to the history and the event log; then appends <paramref name="entry"/> to the event log and, unless
    /// it is a typing event, to the history, moving <see cref="ConversationRecord.LastActivityAt"/> to the store's clock
    /// (as <see cref="TouchAsync"/>); then wakes the session's readers.
    /// </summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="entry">The agent's message, file or typing (its <see cref="ConversationEntry.Sequence"/> is ignored).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry's sequence in the event log; 0 when the session has no record or it has ended (nothing is written).</returns>
    /// <exception cref="OmnideskStoreUnavailableException">
    /// The store could not confirm the step in time. A store that throws this must guarantee the step never takes effect
    /// later (for example a deadline the store checks on its own clock), so that "refused" means "not stored".
    /// </exception>
    /// <exception cref="OmnideskStoreDataLostException">The session has no record and the store can tell it lost data it held.</exception>
    ValueTask<long> RecordAgentEventAsync(string sessionId, ConversationEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an entry to one of the session's logs and returns its sequence (one more than the last, from 1). When
    /// this returns, the entry is durable as far as the store promises and readers waiting in
    /// <see cref="WaitForEventsAsync"/> are woken.
    /// </summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="log">Which log.</param>
    /// <param name="entry">The entry (its <see cref="ConversationEntry.Sequence"/> is ignored).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sequence the store gave the entry.</returns>
    ValueTask<long> AppendAsync(string sessionId, ConversationLog log, ConversationEntry entry, CancellationToken cancellationToken);

    /// <summary>Reads a log forward: the entries after <paramref name="afterSequence"/>, oldest first.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="log">Which log.</param>
    /// <param name="afterSequence">The last sequence already read; 0 from the start.</param>
    /// <param name="maxCount">At most this many.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries, each with its sequence; empty when there are none yet.</returns>
    ValueTask<IReadOnlyList<ConversationEntry>> ReadAsync(string sessionId, ConversationLog log, long afterSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>Reads a log backward: the entries before <paramref name="beforeSequence"/>, newest first.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="log">Which log.</param>
    /// <param name="beforeSequence">Read entries older than this one; <see cref="long.MaxValue"/> from the newest.</param>
    /// <param name="maxCount">At most this many.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries, newest first.</returns>
    ValueTask<IReadOnlyList<ConversationEntry>> ReadBackwardAsync(string sessionId, ConversationLog log, long beforeSequence, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Completes when the session's <see cref="ConversationLog.Events"/> log holds an entry after
    /// <paramref name="afterSequence"/> (at once if it already does), or when the session no longer exists. It may also
    /// complete early; the caller reads and waits again.
    /// </summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="afterSequence">The last sequence the reader has.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns><see langword="false"/> when the session no longer exists (never created, removed, expired or lost); otherwise <see langword="true"/>.</returns>
    /// <exception cref="OmnideskStoreDataLostException">The log ends before <paramref name="afterSequence"/>: the store lost events it had (it rolled back).</exception>
    ValueTask<bool> WaitForEventsAsync(string sessionId, long afterSequence, CancellationToken cancellationToken);

    /// <summary>Gets the last event sequence a named reader of the session has consumed.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="reader">The reader's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The position; 0 when the reader has none yet.</returns>
    ValueTask<long> GetReaderPositionAsync(string sessionId, string reader, CancellationToken cancellationToken);

    /// <summary>Records the last event sequence a named reader consumed, so that a restarted reader resumes after it.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="reader">The reader's name.</param>
    /// <param name="sequence">The last sequence consumed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work.</returns>
    ValueTask SetReaderPositionAsync(string sessionId, string reader, long sequence, CancellationToken cancellationToken);

    /// <summary>Keeps an agent file's content, read from <paramref name="content"/> to its end, until taken or expired.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="fileId">The file's id, unique in the session.</param>
    /// <param name="content">The bytes; read asynchronously, not disposed.</param>
    /// <param name="timeToLive">How long to keep it at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The length kept, or <see langword="null"/> when the file is larger than the store keeps (nothing is kept).</returns>
    ValueTask<long?> PutFileAsync(string sessionId, string fileId, Stream content, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Takes a kept file out of the store: it can be opened once.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="fileId">The file's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A readable stream the caller disposes, or <see langword="null"/> when the file is gone (taken, expired or never kept).</returns>
    ValueTask<Stream?> TakeFileAsync(string sessionId, string fileId, CancellationToken cancellationToken);

    /// <summary>Makes everything of the session (record, counters, agents, logs, positions, files) expire after <paramref name="timeToLive"/>, or never.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="timeToLive">How long to keep it from now; <see langword="null"/> keeps it until told otherwise.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work.</returns>
    ValueTask ExpireAsync(string sessionId, TimeSpan? timeToLive, CancellationToken cancellationToken);

    /// <summary>Removes everything of the session at once.</summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work.</returns>
    ValueTask RemoveAsync(string sessionId, CancellationToken cancellationToken);
}
