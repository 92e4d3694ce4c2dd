namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// A v1 chat as the emulator stores it: the Chat fields of Omnidesk's v1 chats API reference plus what the details view shows.
/// <c>lastMessageCreatedAt</c> of the details view is <see cref="LastChatMessageCreatedAt"/>.
/// </summary>
public sealed record EmulatedChat
{
    /// <summary>Gets the chat id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets when the chat was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the chat was last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Gets whether the chat was removed (soft delete).</summary>
    public bool IsRemoved { get; init; }

    /// <summary>Gets the channel id.</summary>
    public Guid? ChannelId { get; init; }

    /// <summary>Gets the current responder id.</summary>
    public Guid? CurrentResponderId { get; init; }

    /// <summary>Gets when the last message was created.</summary>
    public DateTimeOffset? LastChatMessageCreatedAt { get; init; }

    /// <summary>Gets the owner id.</summary>
    public required Guid OwnerId { get; init; }

    /// <summary>Gets the responder id.</summary>
    public required Guid ResponderId { get; init; }

    /// <summary>Gets the title.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the workspace id.</summary>
    public required Guid WorkspaceId { get; init; }

    /// <summary>Gets the channel's display name (details view).</summary>
    public string? ChannelName { get; init; }

    /// <summary>Gets the channel type: <c>widget</c>, <c>waha</c>, <c>whatsapp</c>, <c>instagram</c> or <c>api</c>.</summary>
    public string? ChannelType { get; init; }

    /// <summary>Gets whether the owner is blocked (details view).</summary>
    public bool? IsOwnerBlocked { get; init; }

    /// <summary>Gets the last message's preview (details view).</summary>
    public string? LastMessageContent { get; init; }

    /// <summary>Gets the last message's role (details view).</summary>
    public string? LastMessageRole { get; init; }

    /// <summary>Gets the owner's email (details view).</summary>
    public string? OwnerEmail { get; init; }

    /// <summary>Gets the owner's identifier (details view).</summary>
    public string? OwnerIdentifier { get; init; }

    /// <summary>Gets the owner's display name (details view).</summary>
    public string? OwnerName { get; init; }

    /// <summary>Gets the message before the last one (details view).</summary>
    public string? PenultimateMessageContent { get; init; }

    /// <summary>Gets when the message before the last one was created (details view).</summary>
    public DateTimeOffset? PenultimateMessageCreatedAt { get; init; }

    /// <summary>Gets the role of the message before the last one (details view).</summary>
    public string? PenultimateMessageRole { get; init; }

    /// <summary>Gets the responder entity type (details view).</summary>
    public required string ResponderEntity { get; init; }

    /// <summary>Gets the responder's display name (details view).</summary>
    public required string ResponderName { get; init; }

    /// <summary>Gets the responder's picture (details view).</summary>
    public string? ResponderPicture { get; init; }

    /// <summary>Gets the responder version id (details view).</summary>
    public Guid? ResponderVersionId { get; init; }

    /// <summary>Gets the responder version number (details view).</summary>
    public int? ResponderVersionNumber { get; init; }

    /// <summary>Gets the linked ticket id (details view).</summary>
    public Guid? TicketId { get; init; }

    /// <summary>Gets the linked ticket's status (details view).</summary>
    public string? TicketStatus { get; init; }
}
