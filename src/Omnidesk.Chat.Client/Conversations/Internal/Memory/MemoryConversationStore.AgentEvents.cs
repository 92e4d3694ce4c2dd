namespace Omnidesk.Chat.Client.Conversations.Internal.Memory;

/// <summary>This file: an agent's event recorded in one step under the session's lock (typing goes to the event log only).</summary>
internal sealed partial class MemoryConversationStore
{
    public ValueTask<long> RecordAgentEventAsync(string sessionId, ConversationEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = _time.GetUtcNow();
        if (Live(sessionId, now) is not { } session)
        {
            return ValueTask.FromResult(0L);
        }

        lock (session)
        {
            if (session.Removed || session.Record.Status == ConversationStatus.Ended)
            {
                return ValueTask.FromResult(0L);
            }

            if (entry.AgentName is { } name && session.Agents.Add(name))
            {
                var joined = new ConversationEntry { Timestamp = entry.Timestamp, Kind = ConversationEntryKind.AgentJoined, AgentName = name, AgentPicture = entry.AgentPicture };
                session.History.Append(joined, _limits.MaxHistoryPerConversation);
                session.Events.Append(joined, _limits.MaxEventsPerConversation);
            }

            if (entry.Kind is not (ConversationEntryKind.AgentTypingStarted or ConversationEntryKind.AgentTypingStopped))
            {
                session.History.Append(entry, _limits.MaxHistoryPerConversation);
                if (now > session.Record.LastActivityAt)
                {
                    session.Record = session.Record with { LastActivityAt = now };
                }
            }

            var sequence = session.Events.Append(entry, _limits.MaxEventsPerConversation);
            session.SignalAppended();
            return ValueTask.FromResult(sequence);
        }
    }
}
