namespace Omnidesk.Chat.Client.Testing;

/// <summary>The v1 list filters and paging; empty sets mean "no filter".</summary>
internal sealed record ChatFilter
{
    public IReadOnlySet<Guid> ChannelIds { get; init; } = new HashSet<Guid>();

    public IReadOnlySet<string> ChannelTypes { get; init; } = new HashSet<string>();

    public IReadOnlySet<Guid> OwnerIds { get; init; } = new HashSet<Guid>();

    public IReadOnlySet<Guid> ResponderIds { get; init; } = new HashSet<Guid>();

    public IReadOnlySet<Guid> ResponderVersionIds { get; init; } = new HashSet<Guid>();

    public string? Search { get; init; }

    public DateTimeOffset? LastChatMessageCreatedAtStart { get; init; }

    public DateTimeOffset? LastChatMessageCreatedAtEnd { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    public bool Matches(EmulatedChat chat)
        => !chat.IsRemoved
            && (ChannelIds.Count == 0 || (chat.ChannelId is { } channel && ChannelIds.Contains(channel)))
            && (ChannelTypes.Count == 0 || (chat.ChannelType is { } type && ChannelTypes.Contains(type)))
            && (OwnerIds.Count == 0 || OwnerIds.Contains(chat.OwnerId))
            && (ResponderIds.Count == 0 || ResponderIds.Contains(chat.ResponderId))
            && (ResponderVersionIds.Count == 0 || (chat.ResponderVersionId is { } version && ResponderVersionIds.Contains(version)))
            && (Search is null || (chat.Title?.Contains(Search, StringComparison.OrdinalIgnoreCase) ?? false))
            && (LastChatMessageCreatedAtStart is not { } start || chat.LastChatMessageCreatedAt >= start)
            && (LastChatMessageCreatedAtEnd is not { } end || chat.LastChatMessageCreatedAt <= end);
}
