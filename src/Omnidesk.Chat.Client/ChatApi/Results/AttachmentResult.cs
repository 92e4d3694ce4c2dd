using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>The answer to <c>addAttachment</c>: the ticket and the message that hold the file.</summary>
public sealed record AttachmentResult : ChatApiResult
{
    /// <summary>The ticket holding the chat session (<c>ticketID</c>).</summary>
    [JsonPropertyName("ticketID")]
    public long? TicketId { get; init; }

    /// <summary>The message that holds the file (<c>messageID</c>).</summary>
    [JsonPropertyName("messageID")]
    public long? MessageId { get; init; }
}
