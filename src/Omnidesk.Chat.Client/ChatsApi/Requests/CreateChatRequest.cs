using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>The body of <c>POST /api/v1/chats</c>. All three fields are always sent; unset ones as <c>null</c>.</summary>
public sealed record CreateChatRequest
{
    /// <summary>The channel the chat belongs to, or <see langword="null"/> for none.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    [JsonPropertyName("channelId")]
    public Guid? ChannelId { get; init; }

    /// <summary>The super identity id of the chat owner (a user or an external user). Required, not empty.</summary>
    [JsonPropertyName("ownerId")]
    public required Guid OwnerId { get; init; }

    /// <summary>The chat's title, or <see langword="null"/> for none.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    [JsonPropertyName("title")]
    public string? Title { get; init; }
}
