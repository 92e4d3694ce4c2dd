using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Conversations.Internal;

internal sealed partial class ConversationEngine
{
    /// <summary>
    /// Records one hookpoint in its conversation: the history first, the event log last, so that when this returns
    /// the event is in the log (the receiver answers <c>ok</c> only then). A store failure throws
    /// <see cref="OmnideskStoreUnavailableException"/> (the receiver answers 503).
    /// </summary>
    /// <returns>
    /// <see langword="true"/> when the session has a conversation; <see langword="false"/> when it has none or it has
    /// ended (logged at Warning; the user's own handler still gets the event).
    /// </returns>
    internal async Task<bool> RecordAsync(OmnideskHookpointEvent hookpointEvent, CancellationToken cancellationToken)
    {
        var sessionId = hookpointEvent.SessionId;
        var record = await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (record is null || (record.Status == ConversationStatus.Ended && hookpointEvent is not SessionEndedEvent))
        {
            Log.Unmatched(_logger, hookpointEvent.Kind, sessionId, record is null ? "no conversation" : "the conversation has ended");
            return false;
        }

        var now = _time.GetUtcNow();
        switch (hookpointEvent)
        {
            case AgentMessageEvent message:
                await RecordMessageAsync(message, now, cancellationToken).ConfigureAwait(false);
                break;
            case AgentFileEvent file:
                await RecordFileAsync(file, now, cancellationToken).ConfigureAwait(false);
                break;
            case AgentTypingEvent typing:
                await _store.AppendAsync(sessionId, ConversationLog.Events, new ConversationEntry
                {
                    Timestamp = now,
                    Kind = typing.IsTyping ? ConversationEntryKind.AgentTypingStarted : ConversationEntryKind.AgentTypingStopped,
                }, cancellationToken).ConfigureAwait(false);
                break;
            case SessionEndedEvent:
                await EndOnceAsync(sessionId, ConversationEndedBy.Agent, null, null, cancellationToken).ConfigureAwait(false);
                break;
        }

        return true;
    }

    private async Task RecordMessageAsync(AgentMessageEvent message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessionId = message.SessionId;

        // "Joined" is decided by a read and recorded only once the message is in the event log: a delivery the store
        // refused (503) and Omnidesk sends again still announces the agent. The cost: two first messages of a new agent
        // arriving at the same moment, or a retry after a failure between the two appends, announce it twice.
        var name = message.AgentName;
        var joins = name is not null && !await _store.HasAgentAsync(sessionId, name, cancellationToken).ConfigureAwait(false);
        if (joins)
        {
            var joined = new ConversationEntry { Timestamp = now, Kind = ConversationEntryKind.AgentJoined, AgentName = name, AgentPicture = message.Picture };
            await AppendHistoryAsync(sessionId, joined, cancellationToken).ConfigureAwait(false);
            await _store.AppendAsync(sessionId, ConversationLog.Events, joined, cancellationToken).ConfigureAwait(false);
        }

        var entry = new ConversationEntry
        {
            Timestamp = now,
            Kind = ConversationEntryKind.AgentMessage,
            Text = message.Message,
            AgentName = message.AgentName,
            AgentPicture = message.Picture,
        };
        await AppendHistoryAsync(sessionId, entry, cancellationToken).ConfigureAwait(false);
        await _store.TouchAsync(sessionId, cancellationToken).ConfigureAwait(false);
        await _store.AppendAsync(sessionId, ConversationLog.Events, entry, cancellationToken).ConfigureAwait(false);
        if (joins)
        {
            await _store.AddAgentAsync(sessionId, name!, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RecordFileAsync(AgentFileEvent file, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessionId = file.SessionId;
        var fileId = "file-" + await _store.IncrementAsync(sessionId, ConversationCounters.AgentFile, cancellationToken).ConfigureAwait(false);
        var kept = await _store.PutFileAsync(sessionId, fileId, file.Content, _options.FileRetention, cancellationToken).ConfigureAwait(false);
        var entry = new ConversationEntry
        {
            Timestamp = now,
            Kind = ConversationEntryKind.AgentFile,
            FileId = fileId,
            FileName = file.FileName,
            ContentType = file.ContentType,
            FileLength = kept ?? file.Length,
            IsContentKept = kept is not null,
        };
        await AppendHistoryAsync(sessionId, entry, cancellationToken).ConfigureAwait(false);
        await _store.TouchAsync(sessionId, cancellationToken).ConfigureAwait(false);
        await _store.AppendAsync(sessionId, ConversationLog.Events, entry, cancellationToken).ConfigureAwait(false);
    }
}
