using Omnidesk.Chat.Client.Http.Internal;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.Chats.Internal;

/// <summary>Checks the v1 list queries against <see cref="FieldRules"/> and writes them as query strings.</summary>
internal static class ChatQueries
{
    private static readonly Func<Guid, string> FormatId = static id => id.ToString("D");
    private static readonly Func<ChannelType, string> FormatChannelType = static type => type.Value;

    public static void Validate(ChatListQuery? query)
    {
        if (query is null)
        {
            return;
        }

        FieldRules.Ids("channelIds", query.ChannelIds);
        if (query.ChannelTypes is { } channelTypes)
        {
            for (var i = 0; i < channelTypes.Count; i++)
            {
                FieldRules.ChannelType.Require(channelTypes[i].Value);
            }
        }

        FieldRules.Ids("ownerIds", query.OwnerIds);
        FieldRules.Ids("responderIds", query.ResponderIds);
        FieldRules.Ids("responderVersionIds", query.ResponderVersionIds);
        FieldRules.PageNumber(query.PageNumber);
        FieldRules.PageSize(query.PageSize);
    }

    public static void Validate(ChatDetailsListQuery? query)
    {
        if (query is null)
        {
            return;
        }

        FieldRules.Ids("channelIds", query.ChannelIds);
        FieldRules.Ids("responderIds", query.ResponderIds);
        FieldRules.Ids("responderVersionIds", query.ResponderVersionIds);
        FieldRules.PageNumber(query.PageNumber);
        FieldRules.PageSize(query.PageSize);
    }

    /// <summary>The query string of <c>GET /api/v1/chats</c>; <see langword="null"/> when there is nothing to send.</summary>
    public static QueryStringBuilder? Build(ChatListQuery? query, int? pageNumber, int? pageSize)
    {
        if (query is null && pageNumber is null && pageSize is null)
        {
            return null;
        }

        var builder = new QueryStringBuilder();
        if (query is not null)
        {
            builder.AddEach("channelIds", query.ChannelIds, FormatId)
                .AddEach("channelTypes", query.ChannelTypes, FormatChannelType)
                .AddEach("ownerIds", query.OwnerIds, FormatId)
                .AddEach("responderIds", query.ResponderIds, FormatId)
                .AddEach("responderVersionIds", query.ResponderVersionIds, FormatId)
                .Add("search", query.Search)
                .Add("lastChatMessageCreatedAtStart", query.LastChatMessageCreatedAtStart)
                .Add("lastChatMessageCreatedAtEnd", query.LastChatMessageCreatedAtEnd);
        }

        return builder.Add("pageNumber", pageNumber).Add("pageSize", pageSize);
    }

    /// <summary>The query string of <c>GET /api/v1/chats/details</c>; <see langword="null"/> when there is nothing to send.</summary>
    public static QueryStringBuilder? Build(ChatDetailsListQuery? query, int? pageNumber, int? pageSize)
    {
        if (query is null && pageNumber is null && pageSize is null)
        {
            return null;
        }

        var builder = new QueryStringBuilder();
        if (query is not null)
        {
            builder.AddEach("channelIds", query.ChannelIds, FormatId)
                .AddEach("responderIds", query.ResponderIds, FormatId)
                .AddEach("responderVersionIds", query.ResponderVersionIds, FormatId)
                .Add("search", query.Search);
        }

        return builder.Add("pageNumber", pageNumber).Add("pageSize", pageSize);
    }
}
