namespace Omnidesk.Chat.Client.Conversations;

/// <summary>What a <see cref="ConversationNotice"/> is about.</summary>
public enum ConversationNoticeKind
{
    /// <summary>
    /// Nobody wrote for a while: the session ends after <see cref="OmnideskConversationsOptions.IdleWarningBefore"/>
    /// unless someone writes. The text is the chat configuration's <c>session_timeout_warning</c> when known.
    /// </summary>
    IdleWarning,
}
