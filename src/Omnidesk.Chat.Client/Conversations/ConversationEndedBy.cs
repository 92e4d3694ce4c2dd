namespace Omnidesk.Chat.Client.Conversations;

/// <summary>Who ended a conversation.</summary>
public enum ConversationEndedBy
{
    /// <summary>The agent ended it (the <c>endSession</c> hookpoint).</summary>
    Agent,

    /// <summary>Your app ended it for the customer (<see cref="OmnideskConversation.EndAsync"/>).</summary>
    Customer,

    /// <summary>Nobody wrote for <see cref="OmnideskConversationsOptions.IdleTimeout"/>, so the layer ended it.</summary>
    IdleTimeout,
}
