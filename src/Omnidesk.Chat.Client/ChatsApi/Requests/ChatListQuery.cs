namespace Omnidesk.Chat.Client;

/// <summary>
/// The filters and page of <c>GET /api/v1/chats</c>. Every filter is optional; a list filter with several
/// values is sent as repeated keys (<c>channelIds=a&amp;channelIds=b</c>).
/// </summary>
public sealed record ChatListQuery
{
    /// <summary>Only chats of these channels (<c>channelIds</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: any channel.</value>
    public IReadOnlyList<Guid>? ChannelIds { get; init; }

    /// <summary>Only chats of these channel types (<c>channelTypes</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: the server's default, every documented type.</value>
    public IReadOnlyList<ChannelType>? ChannelTypes { get; init; }

    /// <summary>Only chats owned by these super identities (<c>ownerIds</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: any owner.</value>
    public IReadOnlyList<Guid>? OwnerIds { get; init; }

    /// <summary>Only chats assigned to these responders (<c>responderIds</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: any responder.</value>
    public IReadOnlyList<Guid>? ResponderIds { get; init; }

    /// <summary>Only chats of these responder versions (<c>responderVersionIds</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: any version.</value>
    public IReadOnlyList<Guid>? ResponderVersionIds { get; init; }

    /// <summary>Free text the server searches for (<c>search</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: no search.</value>
    public string? Search { get; init; }

    /// <summary>Only chats whose latest message was created at or after this time (<c>lastChatMessageCreatedAtStart</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: no lower bound.</value>
    public DateTimeOffset? LastChatMessageCreatedAtStart { get; init; }

    /// <summary>Only chats whose latest message was created at or before this time (<c>lastChatMessageCreatedAtEnd</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: no upper bound.</value>
    public DateTimeOffset? LastChatMessageCreatedAtEnd { get; init; }

    /// <summary>The page to return (<c>pageNumber</c>), 1 or more; the first page of <c>ListAllAsync</c>.</summary>
    /// <value>Defaults to <see langword="null"/>: the server's default, 1.</value>
    public int? PageNumber { get; init; }

    /// <summary>The number of chats per page (<c>pageSize</c>), 1 to 100.</summary>
    /// <value>Defaults to <see langword="null"/>: the server's default of 10 for one page, 100 for <c>ListAllAsync</c>.</value>
    public int? PageSize { get; init; }
}
