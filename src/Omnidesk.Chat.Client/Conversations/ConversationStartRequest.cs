namespace Omnidesk.Chat.Client.Conversations;

/// <summary>What <see cref="IOmnideskConversations.StartAsync"/> needs to hand a customer over.</summary>
public sealed record ConversationStartRequest
{
    /// <summary>Your chat session id (<c>chatSessionID</c>): letters, digits and <c>-</c>, kept for the whole session.</summary>
    public required string SessionId { get; init; }

    /// <summary>The customer's own words that asked for a person; sent last in the first message.</summary>
    public required string Message { get; init; }

    /// <summary>
    /// The chatbot conversation so far, sent at the top of the first message (one line each, <c>From: Text</c>), so the
    /// agent reads it in the ticket. <see langword="null"/> or empty sends only <see cref="Message"/>.
    /// </summary>
    public IReadOnlyList<TranscriptLine>? BotTranscript { get; init; }

    /// <summary>The customer's name (<c>customerName</c>: letters, digits and spaces; see <see cref="OmnideskCustomerName"/>).</summary>
    public string? CustomerName { get; init; }

    /// <summary>The customer's e-mail address (<c>emailAddress</c>).</summary>
    public string? EmailAddress { get; init; }

    /// <summary>The customer's phone number (<c>phoneNumber</c>, <c>+</c> and digits).</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The page the chat was started from (<c>url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>
    /// Stored as a chatbot ticket (<c>POST /api/v2/message/chatbot</c>) before the first message, when set.
    /// </summary>
    public ChatbotLog? ChatbotLog { get; init; }

    /// <summary>
    /// Whether to ask the chat service if an agent is available first, and return
    /// <see cref="ConversationStartOutcome.NoAgentsAvailable"/> without sending anything when none is.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="OmnideskConversationsOptions.CheckAgentsAvailable"/> decides.</value>
    public bool? CheckAgentsAvailable { get; init; }
}
