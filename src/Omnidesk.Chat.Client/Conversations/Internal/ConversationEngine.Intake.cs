using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Conversations.Internal;

internal sealed partial class ConversationEngine
{
    /// <summary>
    /// Records one hookpoint in its conversation in one atomic store step (joined, history, event, activity and the
    /// readers' wake-up together; an agent file's content is kept first), so that when this returns the event is in the
    /// log (the receiver answers <c>ok</c> only then), and when it throws <see cref="OmnideskStoreUnavailableException"/>
    /// (the receiver answers 503) nothing of the event was stored.
    /// </summary>
    /// <returns>
    /// <see langword="true"/> when the session has a conversation; <see langword="false"/> when it has none or it has
    /// ended (logged at Warning; the user's own handler still gets the event).
    /// </returns>
    internal async Task<bool> RecordAsync(OmnideskHookpointEvent hookpointEvent, CancellationToken cancellationToken)
    {
        var sessionId = hookpointEvent.SessionId;
        var now = _time.GetUtcNow();
        bool recorded;
        try
        {
            recorded = hookpointEvent switch
            {
                AgentMessageEvent message => await RecordAgentEventAsync(sessionId, new ConversationEntry
                {
                    Timestamp = now,
                    Kind = ConversationEntryKind.AgentMessage,
                    Text = message.Message,
                    AgentName = message.AgentName,
                    AgentPicture = message.Picture,
                }, cancellationToken).ConfigureAwait(false),
                AgentFileEvent file => await RecordFileAsync(file, now, cancellationToken).ConfigureAwait(false),
                AgentTypingEvent typing => await RecordAgentEventAsync(sessionId, new ConversationEntry
                {
                    Timestamp = now,
                    Kind = typing.IsTyping ? ConversationEntryKind.AgentTypingStarted : ConversationEntryKind.AgentTypingStopped,
                }, cancellationToken).ConfigureAwait(false),
                SessionEndedEvent => await EndOnceAsync(sessionId, ConversationEndedBy.Agent, null, null, cancellationToken).ConfigureAwait(false) is not null
                    || await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false) is not null,
                _ => await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false) is { Status: not ConversationStatus.Ended },
            };
        }
        catch (OmnideskStoreDataLostException lost)
        {
            // Answered as usual (a resend cannot bring the conversation back) and passed to the user's handler.
            Log.HookpointForLostData(_logger, hookpointEvent.Kind, sessionId, lost.Reason);
            return false;
        }

        if (!recorded)
        {
            var record = await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            Log.Unmatched(_logger, hookpointEvent.Kind, sessionId, record is null ? "no conversation" : "the conversation has ended");
        }

        return recorded;
    }

    private async Task<bool> RecordAgentEventAsync(string sessionId, ConversationEntry entry, CancellationToken cancellationToken) =>
        await _store.RecordAgentEventAsync(sessionId, entry, cancellationToken).ConfigureAwait(false) > 0;

    private async Task<bool> RecordFileAsync(AgentFileEvent file, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessionId = file.SessionId;
        if (await _store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false) is null or { Status: ConversationStatus.Ended })
        {
            return false; // no content kept for a session that will not record the file
        }

        // The content is kept before the event, under an id of its own: if the event is then refused (503), the content
        // is never referenced and expires after FileRetention.
        var fileId = "file-" + await _store.IncrementAsync(sessionId, ConversationCounters.AgentFile, cancellationToken).ConfigureAwait(false);
        var kept = await _store.PutFileAsync(sessionId, fileId, file.Content, _options.FileRetention, cancellationToken).ConfigureAwait(false);
        return await RecordAgentEventAsync(sessionId, new ConversationEntry
        {
            Timestamp = now,
            Kind = ConversationEntryKind.AgentFile,
            FileId = fileId,
            FileName = file.FileName,
            ContentType = file.ContentType,
            FileLength = kept ?? file.Length,
            IsContentKept = kept is not null,
        }, cancellationToken).ConfigureAwait(false);
    }
}
