namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>Turns a stored event-log entry into the typed event a reader gets.</summary>
internal static class EntryMapper
{
    public static ConversationEvent ToEvent(string sessionId, ConversationEntry entry) => entry.Kind switch
    {
        ConversationEntryKind.AgentJoined => new AgentJoined(sessionId, entry.Sequence, entry.Timestamp, entry.AgentName ?? string.Empty, entry.AgentPicture),
        ConversationEntryKind.AgentMessage => new AgentMessage(sessionId, entry.Sequence, entry.Timestamp, entry.AgentName, entry.AgentPicture, entry.Text ?? string.Empty),
        ConversationEntryKind.AgentFile => new AgentFile(
            sessionId, entry.Sequence, entry.Timestamp, entry.FileId ?? string.Empty, entry.FileName ?? "file", entry.ContentType, entry.FileLength, entry.IsContentKept ?? false),
        ConversationEntryKind.AgentTypingStarted => new AgentTypingStarted(sessionId, entry.Sequence, entry.Timestamp),
        ConversationEntryKind.AgentTypingStopped => new AgentTypingStopped(sessionId, entry.Sequence, entry.Timestamp),
        ConversationEntryKind.Notice => new ConversationNotice(sessionId, entry.Sequence, entry.Timestamp, entry.NoticeKind ?? ConversationNoticeKind.IdleWarning, entry.Text ?? string.Empty),
        ConversationEntryKind.Ended => new ConversationEnded(sessionId, entry.Sequence, entry.Timestamp, entry.EndedBy ?? ConversationEndedBy.Agent, entry.Text),
        _ => throw new InvalidOperationException($"The event log of session {sessionId} holds a {entry.Kind} entry at {entry.Sequence}, which is not an event."),
    };
}
