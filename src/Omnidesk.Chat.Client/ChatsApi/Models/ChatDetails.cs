using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>
/// A chat with its channel, owner, responder, latest two messages and ticket, as <c>GET /api/v1/chats/details</c>
/// and <c>GET /api/v1/chats/{id}/details</c> return it.
/// </summary>
public sealed record ChatDetails
{
    /// <summary>The channel the chat belongs to, if any.</summary>
    [JsonPropertyName("channelId")]
    public Guid? ChannelId { get; init; }

    /// <summary>The display name of the chat's channel, if any.</summary>
    [JsonPropertyName("channelName")]
    public string? ChannelName { get; init; }

    /// <summary>The type of the chat's channel, if any.</summary>
    [JsonPropertyName("channelType")]
    public ChannelType? ChannelType { get; init; }

    /// <summary>When the chat was created.</summary>
    [JsonPropertyName("createdAt")]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The chat's id.</summary>
    [JsonPropertyName("id")]
    public required Guid Id { get; init; }

    /// <summary>Whether the external chat owner is blocked, when known.</summary>
    [JsonPropertyName("isOwnerBlocked")]
    public bool? IsOwnerBlocked { get; init; }

    /// <summary>Whether the chat has been soft removed.</summary>
    [JsonPropertyName("isRemoved")]
    public required bool IsRemoved { get; init; }

    /// <summary>A preview of the latest message, if any.</summary>
    [JsonPropertyName("lastMessageContent")]
    public string? LastMessageContent { get; init; }

    /// <summary>When the latest message was created, if any.</summary>
    [JsonPropertyName("lastMessageCreatedAt")]
    public DateTimeOffset? LastMessageCreatedAt { get; init; }

    /// <summary>Who wrote the latest message, if any.</summary>
    [JsonPropertyName("lastMessageRole")]
    public ChatMessageRole? LastMessageRole { get; init; }

    /// <summary>The owner's e-mail address, when the owner is a platform user.</summary>
    [JsonPropertyName("ownerEmail")]
    public string? OwnerEmail { get; init; }

    /// <summary>The external user id that owns the chat.</summary>
    [JsonPropertyName("ownerId")]
    public required Guid OwnerId { get; init; }

    /// <summary>The owner's identifier, when the owner is an external user.</summary>
    [JsonPropertyName("ownerIdentifier")]
    public string? OwnerIdentifier { get; init; }

    /// <summary>The owner's display name, resolved from external users or users.</summary>
    [JsonPropertyName("ownerName")]
    public string? OwnerName { get; init; }

    /// <summary>A preview of the message before the latest one, if any.</summary>
    [JsonPropertyName("penultimateMessageContent")]
    public string? PenultimateMessageContent { get; init; }

    /// <summary>When the message before the latest one was created, if any.</summary>
    [JsonPropertyName("penultimateMessageCreatedAt")]
    public DateTimeOffset? PenultimateMessageCreatedAt { get; init; }

    /// <summary>Who wrote the message before the latest one, if any.</summary>
    [JsonPropertyName("penultimateMessageRole")]
    public ChatMessageRole? PenultimateMessageRole { get; init; }

    /// <summary>The kind of responder assigned to the chat.</summary>
    [JsonPropertyName("responderEntity")]
    public required ResponderEntity ResponderEntity { get; init; }

    /// <summary>The responder assigned to the chat.</summary>
    [JsonPropertyName("responderId")]
    public required Guid ResponderId { get; init; }

    /// <summary>The display name of the responder assigned to the chat.</summary>
    [JsonPropertyName("responderName")]
    public required string ResponderName { get; init; }

    /// <summary>The picture of the responder assigned to the chat, if any.</summary>
    [JsonPropertyName("responderPicture")]
    public string? ResponderPicture { get; init; }

    /// <summary>The version id of the responder entity for this chat, if any.</summary>
    [JsonPropertyName("responderVersionId")]
    public Guid? ResponderVersionId { get; init; }

    /// <summary>The version number of the responder entity for this chat, if any.</summary>
    [JsonPropertyName("responderVersionNumber")]
    public int? ResponderVersionNumber { get; init; }

    /// <summary>The ticket linked to the chat, when one exists.</summary>
    [JsonPropertyName("ticketId")]
    public Guid? TicketId { get; init; }

    /// <summary>The status of the ticket linked to the chat, when one exists.</summary>
    [JsonPropertyName("ticketStatus")]
    public TicketStatus? TicketStatus { get; init; }

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
