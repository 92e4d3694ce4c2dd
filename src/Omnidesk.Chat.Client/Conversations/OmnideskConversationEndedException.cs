namespace Omnidesk.Chat.Client.Conversations;

/// <summary>Thrown when a conversation that has ended is asked to send; nothing was sent.</summary>
public sealed class OmnideskConversationEndedException : OmnideskException
{
    internal OmnideskConversationEndedException(string operation, string sessionId, ConversationEndedBy? endedBy)
        : base(operation, $"{operation}: conversation {sessionId} has ended{By(endedBy)}; nothing was sent. Start a new session to talk again.", null)
    {
        SessionId = sessionId;
        EndedBy = endedBy;
    }

    /// <summary>The chat session id.</summary>
    public string SessionId { get; }

    /// <summary>Who ended it, when known.</summary>
    public ConversationEndedBy? EndedBy { get; }

    private static string By(ConversationEndedBy? endedBy) => endedBy switch
    {
        ConversationEndedBy.Agent => " (the agent ended it)",
        ConversationEndedBy.Customer => " (it was ended for the customer)",
        ConversationEndedBy.IdleTimeout => " (it was idle too long)",
        _ => string.Empty,
    };
}
