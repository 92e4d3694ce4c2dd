namespace Omnidesk.Chat.Client.Conversations.Internal;

internal sealed partial class ConversationEngine
{
    /// <summary>
    /// Ends the conversation in the store exactly once (compare-and-set), logs <see cref="ConversationEntryKind.Ended"/>
    /// to the history and the event log, and lets everything of the session expire after
    /// <see cref="OmnideskConversationsOptions.RetainEndedFor"/>. Safe to repeat: a conversation already ended whose end
    /// never reached the event log (the store failed in between) gets it now.
    /// </summary>
    /// <returns>The ended record, or <see langword="null"/> when the store holds no conversation for the session.</returns>
    internal async Task<ConversationRecord?> MarkEndedAsync(string sessionId, ConversationEndedBy endedBy, string? text, CancellationToken cancellationToken)
    {
        while (true)
        {
            var record = await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return null;
            }

            if (record.Status != ConversationStatus.Ended)
            {
                var now = _time.GetUtcNow();
                record = await _store.TryUpdateAsync(
                    record with { Status = ConversationStatus.Ended, EndedBy = endedBy, EndedAt = now }, cancellationToken).ConfigureAwait(false);
                if (record is null)
                {
                    continue;
                }

                Log.Ended(_logger, sessionId, endedBy);
            }

            var last = await _store.ReadBackwardAsync(sessionId, ConversationLog.Events, long.MaxValue, 1, cancellationToken).ConfigureAwait(false);
            if (last is not [{ Kind: ConversationEntryKind.Ended }])
            {
                var entry = new ConversationEntry
                {
                    Timestamp = record.EndedAt ?? _time.GetUtcNow(),
                    Kind = ConversationEntryKind.Ended,
                    EndedBy = record.EndedBy,
                    Text = text,
                };
                await AppendHistoryAsync(sessionId, entry, cancellationToken).ConfigureAwait(false);
                await _store.AppendAsync(sessionId, ConversationLog.Events, entry, cancellationToken).ConfigureAwait(false);
            }

            await _store.ExpireAsync(sessionId, _options.RetainEndedFor, cancellationToken).ConfigureAwait(false);
            return record;
        }
    }
}
