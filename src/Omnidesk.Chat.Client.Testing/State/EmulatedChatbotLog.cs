namespace Omnidesk.Chat.Client.Testing;

/// <summary>A chatbot conversation the emulator stored from <c>POST /api/v2/message/chatbot</c>.</summary>
public sealed record EmulatedChatbotLog
{
    /// <summary>Gets the ticket created for the log (same sequence as chat tickets).</summary>
    public required int TicketId { get; init; }

    /// <summary>Gets the <c>from</c> field (an email address or a phone number).</summary>
    public required string From { get; init; }

    /// <summary>Gets the <c>subject</c> field.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the <c>message</c> field (the markdown transcript).</summary>
    public required string Message { get; init; }

    /// <summary>Gets the <c>brandID</c> field, if sent.</summary>
    public string? BrandId { get; init; }

    /// <summary>Gets when the emulator received the log.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
