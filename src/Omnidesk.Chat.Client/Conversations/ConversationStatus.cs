namespace Omnidesk.Chat.Client.Conversations;

/// <summary>Where a conversation is in its life.</summary>
public enum ConversationStatus
{
    /// <summary><see cref="IOmnideskConversations.StartAsync"/> is sending the first message; nothing else may be sent yet.</summary>
    Starting,

    /// <summary>The session is open: both sides may write.</summary>
    Open,

    /// <summary>The session ended; sends are refused and nothing is sent.</summary>
    Ended,
}
