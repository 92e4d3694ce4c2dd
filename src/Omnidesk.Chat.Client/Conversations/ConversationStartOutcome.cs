namespace Omnidesk.Chat.Client.Conversations;

/// <summary>How <see cref="IOmnideskConversations.StartAsync"/> ended.</summary>
public enum ConversationStartOutcome
{
    /// <summary>The session was opened and its ticket created.</summary>
    Started,

    /// <summary>The session was already open: its conversation is returned and nothing was sent.</summary>
    AlreadyOpen,

    /// <summary>The chat service said no agent is available; nothing was sent and no conversation exists.</summary>
    NoAgentsAvailable,
}
