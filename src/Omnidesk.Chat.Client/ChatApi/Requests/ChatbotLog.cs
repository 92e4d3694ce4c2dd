using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>A chatbot conversation to keep as a ticket in Omnidesk (<c>POST /api/v2/message/chatbot</c>).</summary>
public sealed record ChatbotLog
{
    /// <summary>
    /// The customer's address (<c>from</c>): an e-mail address, or a phone number of digits with an optional
    /// leading <c>+</c>.
    /// </summary>
    [JsonPropertyName("from")]
    public required string From { get; init; }

    /// <summary>The ticket's subject (<c>subject</c>). Required, not blank.</summary>
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }

    /// <summary>The conversation history, markdown allowed (<c>message</c>). Required, not blank.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>The brand's id (<c>brandID</c>, see Settings &gt; Brands); not sent when <see langword="null"/>.</summary>
    [JsonPropertyName("brandID")]
    public string? BrandId { get; init; }
}
