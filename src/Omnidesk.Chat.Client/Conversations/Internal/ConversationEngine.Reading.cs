using System.Globalization;
using System.Runtime.CompilerServices;

namespace Omnidesk.Chat.Client.Conversations.Internal;

internal sealed partial class ConversationEngine
{
    private const int ReadBatchSize = 100;

    public async IAsyncEnumerable<ConversationEvent> ReadEventsAsync(
        OmnideskConversation conversation, string reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sessionId = conversation.SessionId;
        var position = await _store.GetReaderPositionAsync(sessionId, reader, cancellationToken).ConfigureAwait(false);
        if (conversation.State.Status != ConversationStatus.Ended && conversation.Consumed.TryGetValue(reader, out var consumed) && consumed > position)
        {
            // The store has this reader of an open conversation behind what it consumed here: it lost the position,
            // and maybe the log with it. (An ended one that expired is simply gone: its reader got the end.)
            var newest = await _store.ReadBackwardAsync(sessionId, ConversationLog.Events, long.MaxValue, 1, cancellationToken).ConfigureAwait(false);
            if (newest is not [{ } last] || last.Sequence < consumed)
            {
                Log.DataLost(_logger, sessionId, reader, consumed);
                yield return new ConversationDataLost(sessionId, consumed, _time.GetUtcNow());
                yield break;
            }

            position = consumed;
        }

        // Read first; after a batch shorter than asked for, wait instead of reading again: the wait itself answers at
        // once when more has arrived, and says when the session is gone. Steady state: a read, a position save and a
        // wait per event.
        var mayHaveMore = true;
        while (true)
        {
            if (!mayHaveMore && !await WaitAsync(sessionId, position, cancellationToken).ConfigureAwait(false))
            {
                // Gone. An open conversation never expires by itself (only after its end, which the reader gets
                // first): gone while this object last saw it open means the store lost it, which the reader is told.
                if (conversation.State.Status != ConversationStatus.Ended)
                {
                    Log.DataLost(_logger, sessionId, reader, position);
                    yield return new ConversationDataLost(sessionId, position, _time.GetUtcNow());
                }

                yield break;
            }

            var batch = await _store.ReadAsync(sessionId, ConversationLog.Events, position, ReadBatchSize, cancellationToken).ConfigureAwait(false);
            mayHaveMore = batch.Count == ReadBatchSize;
            if (batch.Count == 0)
            {
                continue;
            }

            if (batch[0].Sequence > position + 1)
            {
                var dropped = batch[0].Sequence - position - 1;
                Log.EventsDropped(_logger, sessionId, reader, dropped);
                yield return new ConversationEventsDropped(sessionId, batch[0].Sequence - 1, _time.GetUtcNow(), dropped);
            }

            foreach (var entry in batch)
            {
                var item = EntryMapper.ToEvent(sessionId, entry);
                if (entry.Kind == ConversationEntryKind.Ended)
                {
                    conversation.Observe(conversation.Record with
                    {
                        Status = ConversationStatus.Ended,
                        EndedBy = entry.EndedBy,
                        EndedAt = entry.Timestamp,
                    });
                }

                yield return item;

                // The reader asked for the next one: this one is consumed. Saved whatever the reader's token says (the
                // store bounds the call by its own timeout): a reader stopped by its token right after an event must not
                // get that event again when it resumes under the same name, here or on another instance.
                position = entry.Sequence;
                conversation.Consumed[reader] = position;
                await _store.SetReaderPositionAsync(sessionId, reader, position, CancellationToken.None).ConfigureAwait(false);
                if (entry.Kind == ConversationEntryKind.Ended)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>The store's wait, with a log that ends before the reader's position taken as a session that is gone.</summary>
    private async Task<bool> WaitAsync(string sessionId, long position, CancellationToken cancellationToken)
    {
        try
        {
            return await _store.WaitForEventsAsync(sessionId, position, cancellationToken).ConfigureAwait(false);
        }
        catch (OmnideskStoreDataLostException)
        {
            return false;
        }
    }

    public async Task<ConversationPage<ConversationEntry>> GetHistoryAsync(
        OmnideskConversation conversation, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var before = long.MaxValue;
        if (pageToken is not null && (!long.TryParse(pageToken, NumberStyles.None, CultureInfo.InvariantCulture, out before) || before < 1))
        {
            throw new ArgumentException("The page token is not one GetHistoryAsync gave.", nameof(pageToken));
        }

        var entries = await _store.ReadBackwardAsync(conversation.SessionId, ConversationLog.History, before, pageSize + 1, cancellationToken).ConfigureAwait(false);
        if (entries.Count <= pageSize)
        {
            return new ConversationPage<ConversationEntry>(entries, null);
        }

        var page = entries.Take(pageSize).ToList();
        return new ConversationPage<ConversationEntry>(page, page[^1].Sequence.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<Stream?> OpenFileAsync(OmnideskConversation conversation, AgentFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!string.Equals(file.SessionId, conversation.SessionId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The file belongs to session {file.SessionId}, not {conversation.SessionId}.", nameof(file));
        }

        return file.IsContentKept
            ? await _store.TakeFileAsync(file.SessionId, file.FileId, cancellationToken).ConfigureAwait(false)
            : null;
    }
}
