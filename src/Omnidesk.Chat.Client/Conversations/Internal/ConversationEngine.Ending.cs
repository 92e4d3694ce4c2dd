namespace Omnidesk.Chat.Client.Conversations.Internal;

internal sealed partial class ConversationEngine
{
    /// <summary>
    /// Ends the conversation in the store in one atomic step (<see cref="IOmnideskConversationStore.TryEndAsync"/>): the
    /// state, one <see cref="ConversationEntryKind.Ended"/> in the history and the event log, the readers woken and the
    /// session kept for <see cref="OmnideskConversationsOptions.RetainEndedFor"/>. Of the agent's end, the customer's
    /// end and the idle end racing on any number of instances, exactly one wins; only the winner may tell Omnidesk.
    /// </summary>
    /// <param name="sessionId">The chat session id.</param>
    /// <param name="endedBy">Who ends it.</param>
    /// <param name="text">The end's text, if any.</param>
    /// <param name="idleFor">For the idle end: end only when the store's clock says nobody wrote for this long.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ended record when this call ended the conversation; <see langword="null"/> when it did not.</returns>
    private async Task<ConversationRecord?> EndOnceAsync(
        string sessionId, ConversationEndedBy endedBy, string? text, TimeSpan? idleFor, CancellationToken cancellationToken)
    {
        var entry = new ConversationEntry
        {
            Timestamp = _time.GetUtcNow(),
            Kind = ConversationEntryKind.Ended,
            EndedBy = endedBy,
            Text = text,
        };
        var ended = await _store.TryEndAsync(sessionId, entry, idleFor, _options.RetainEndedFor, cancellationToken).ConfigureAwait(false);
        if (ended is not null)
        {
            Log.Ended(_logger, sessionId, endedBy);
        }

        return ended;
    }
}
