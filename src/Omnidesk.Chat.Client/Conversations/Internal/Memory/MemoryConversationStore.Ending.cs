namespace Omnidesk.Chat.Client.Conversations.Internal.Memory;

/// <summary>This file: the one atomic end of a conversation.</summary>
internal sealed partial class MemoryConversationStore
{
    public ValueTask<ConversationRecord?> TryEndAsync(string sessionId, ConversationEntry ended, TimeSpan? idleFor, TimeSpan retainFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ended);
        var now = _time.GetUtcNow();
        if (Live(sessionId, now) is not { } session)
        {
            return ValueTask.FromResult<ConversationRecord?>(null);
        }

        lock (session)
        {
            var record = session.Record;
            var stillIdle = idleFor is not { } idle || (record.Status == ConversationStatus.Open && now - record.LastActivityAt >= idle);
            if (session.Removed || record.Status == ConversationStatus.Ended || !stillIdle)
            {
                return ValueTask.FromResult<ConversationRecord?>(null);
            }

            session.Record = record with
            {
                Status = ConversationStatus.Ended,
                EndedBy = ended.EndedBy,
                EndedAt = ended.Timestamp,
                Version = record.Version + 1,
            };
            session.History.Append(ended, _limits.MaxHistoryPerConversation);
            session.Events.Append(ended, _limits.MaxEventsPerConversation);
            session.SignalAppended();
            session.ExpiresAt = now + retainFor;
            return ValueTask.FromResult<ConversationRecord?>(session.Record);
        }
    }
}
