namespace Omnidesk.Chat.Client.Conversations;

/// <summary>The two append-only logs a store keeps per session.</summary>
public enum ConversationLog
{
    /// <summary>What readers get, in arrival order, read forward by position (each reader keeps its own).</summary>
    Events,

    /// <summary>Both sides' messages, files, visits, notices and the end, read newest first.</summary>
    History,
}
