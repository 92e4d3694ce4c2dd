using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>The answer to <c>notifyUserNewChatMessage</c>: the ticket the session's messages go to.</summary>
public sealed record NewChatMessageResult : ChatApiResult
{
    /// <summary>The ticket holding the chat session (<c>ticketID</c>).</summary>
    [JsonPropertyName("ticketID")]
    public long? TicketId { get; init; }
}
