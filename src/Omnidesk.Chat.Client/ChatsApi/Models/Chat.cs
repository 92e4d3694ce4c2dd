using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>A chat as the v1 chats API returns it from list, get, create and update.</summary>
public sealed record Chat
{
    /// <summary>The chat's id.</summary>
    [JsonPropertyName("id")]
    public required Guid Id { get; init; }

    /// <summary>When the chat was created.</summary>
    [JsonPropertyName("createdAt")]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the chat was last changed.</summary>
    [JsonPropertyName("updatedAt")]
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether the chat has been soft removed.</summary>
    [JsonPropertyName("isRemoved")]
    public required bool IsRemoved { get; init; }

    /// <summary>The channel the chat belongs to, if any.</summary>
    [JsonPropertyName("channelId")]
    public Guid? ChannelId { get; init; }

    /// <summary>The responder currently handling the chat, if any.</summary>
    [JsonPropertyName("currentResponderId")]
    public Guid? CurrentResponderId { get; init; }

    /// <summary>When the latest message of the chat was created, if it has one.</summary>
    [JsonPropertyName("lastChatMessageCreatedAt")]
    public DateTimeOffset? LastChatMessageCreatedAt { get; init; }

    /// <summary>The super identity id of the chat owner (a user or an external user).</summary>
    [JsonPropertyName("ownerId")]
    public required Guid OwnerId { get; init; }

    /// <summary>The super identity id of the current responder (an agent or a squad).</summary>
    [JsonPropertyName("responderId")]
    public required Guid ResponderId { get; init; }

    /// <summary>The chat's title, if it has one.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The workspace the chat belongs to.</summary>
    [JsonPropertyName("workspaceId")]
    public required Guid WorkspaceId { get; init; }

    /// <summary>Fields the server sent that this version of the SDK does not know, kept as they came.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
