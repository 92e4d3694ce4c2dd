using Omnidesk.Chat.Client.Conversations;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>This file: an agent's event, one script per hookpoint.</summary>
internal sealed partial class RedisConversationStore
{
    /// <summary>
    /// One script (<see cref="RedisScripts.RecordAgentEvent"/>): the record check, the agent joined, the history, the
    /// event, the activity and the wake-up. It carries a deadline on Redis's clock and writes nothing once it has
    /// passed, so a call this process reported as unavailable (the hookpoint answered 503) never takes effect later,
    /// even when Redis was paused with the command already on its socket. The one case left: Redis ran it in time and
    /// then froze (or the network failed) before its reply came back; that event is stored though the caller was told
    /// otherwise. Typing goes to the event log only.
    /// </summary>
    public async ValueTask<long> RecordAgentEventAsync(string sessionId, ConversationEntry entry, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentNullException.ThrowIfNull(entry);
        await _epoch.NoteAsync(cancellationToken).ConfigureAwait(false);
        var session = _keys.For(sessionId);
        var joined = entry.AgentName is { } name
            ? EntryFields.Write(new ConversationEntry { Timestamp = entry.Timestamp, Kind = ConversationEntryKind.AgentJoined, AgentName = name, AgentPicture = entry.AgentPicture })
            : [];
        var values = new List<RedisValue>(16 + joined.Count)
        {
            await _clock.DeadlineAsync(cancellationToken).ConfigureAwait(false),
            _options.MaxEventsPerConversation,
            _options.MaxHistoryPerConversation,
            (string)_keys.Wake!,
            sessionId,
            entry.Kind is ConversationEntryKind.AgentTypingStarted or ConversationEntryKind.AgentTypingStopped ? "0" : "1",
            entry.AgentName ?? string.Empty,
            joined.Count,
        };
        values.AddRange(joined);
        values.AddRange(EntryFields.Write(entry));
        var result = await _calls.RunAsync(
            "record agent event",
            db => db.ScriptEvaluateAsync(RedisScripts.RecordAgentEvent, [session.Record, session.Agents, session.Events, session.History], [.. values]),
            cancellationToken).ConfigureAwait(false);
        ThrowIfTooLate("record agent event", result);
        var sequence = (long)result;
        if (sequence == 0 && await _epoch.ChangedAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new OmnideskStoreDataLostException(
                "conversation store record agent event",
                $"Redis no longer holds the data it held when this instance started (its key {_keys.Epoch} changed: it restarted without persistence or failed over without it), so session {sessionId} may be one of those lost");
        }

        return sequence;
    }
}
