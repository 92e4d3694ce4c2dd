namespace Omnidesk.Chat.Client.Conversations;

/// <summary>What a <see cref="ConversationEntry"/> records. Stores may keep it by name; names never change.</summary>
public enum ConversationEntryKind
{
    /// <summary>The customer's message (history).</summary>
    CustomerMessage,

    /// <summary>The customer's file (history).</summary>
    CustomerFile,

    /// <summary>The customer visited a page (history).</summary>
    CustomerVisit,

    /// <summary>An agent wrote for the first time (history and events).</summary>
    AgentJoined,

    /// <summary>The agent's message (history and events).</summary>
    AgentMessage,

    /// <summary>The agent's file (history and events).</summary>
    AgentFile,

    /// <summary>The agent started typing (events only).</summary>
    AgentTypingStarted,

    /// <summary>The agent stopped typing (events only).</summary>
    AgentTypingStopped,

    /// <summary>A notice from the layer, such as the idle warning (history and events).</summary>
    Notice,

    /// <summary>The conversation ended (history and events).</summary>
    Ended,
}
