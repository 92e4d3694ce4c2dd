namespace Omnidesk.Chat.Client;

/// <summary>
/// The filters and page of <c>GET /api/v1/chats/details</c> (it documents fewer filters than the plain list).
/// Every filter is optional; a list filter with several values is sent as repeated keys.
/// </summary>
public sealed record ChatDetailsListQuery
{
    /// <summary>Only chats of these channels (<c>channelIds</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: any channel.</value>
    public IReadOnlyList<Guid>? ChannelIds { get; init; }

    /// <summary>Only chats assigned to these responders (<c>responderIds</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: any responder.</value>
    public IReadOnlyList<Guid>? ResponderIds { get; init; }

    /// <summary>Only chats of these responder versions (<c>responderVersionIds</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: any version.</value>
    public IReadOnlyList<Guid>? ResponderVersionIds { get; init; }

    /// <summary>Free text the server searches for (<c>search</c>).</summary>
    /// <value>Defaults to <see langword="null"/>: no search.</value>
    public string? Search { get; init; }

    /// <summary>The page to return (<c>pageNumber</c>), 1 or more; the first page of <c>ListAllDetailsAsync</c>.</summary>
    /// <value>Defaults to <see langword="null"/>: the server's default, 1.</value>
    public int? PageNumber { get; init; }

    /// <summary>The number of chats per page (<c>pageSize</c>), 1 to 100.</summary>
    /// <value>Defaults to <see langword="null"/>: the server's default of 10 for one page, 100 for <c>ListAllDetailsAsync</c>.</value>
    public int? PageSize { get; init; }
}
