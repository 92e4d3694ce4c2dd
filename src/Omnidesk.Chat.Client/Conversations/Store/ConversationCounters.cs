namespace Omnidesk.Chat.Client.Conversations;

/// <summary>The names of the counters the layer keeps per session with <see cref="IOmnideskConversationStore.IncrementAsync"/>.</summary>
public static class ConversationCounters
{
    /// <summary>The customer's message number (<c>messageNumber</c>): 1 for the first message of the session.</summary>
    public const string MessageNumber = "messageNumber";

    /// <summary>The agent files received, giving each its id in the session.</summary>
    public const string AgentFile = "agentFile";
}
