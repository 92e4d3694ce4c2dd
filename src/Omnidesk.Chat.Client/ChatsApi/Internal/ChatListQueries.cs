using System.Globalization;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.ChatsApi.Internal;

/// <summary>Checks the v1 list queries against <see cref="FieldRules"/> and formats their values as the endpoints send them.</summary>
internal static class ChatListQueries
{
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

    /// <summary>Ids as the query sends them (<c>D</c> format); <see langword="null"/> or none: not sent.</summary>
    public static IEnumerable<string>? Ids(IReadOnlyList<Guid>? ids) => ids is { Count: > 0 } ? ids.Select(static id => id.ToString("D")) : null;

    public static IEnumerable<string>? Types(IReadOnlyList<ChannelType>? types) => types is { Count: > 0 } ? types.Select(static type => type.Value) : null;

    /// <summary>A time as the query sends it: round-trip format, invariant culture.</summary>
    public static string? Time(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture);
}
