namespace Omnidesk.Chat.Client.Validation;

/// <summary>The rules of the v1 chats API (Omnidesk's "Chats" API pages, <c>docs/wire-format.md</c>): paging and ids.</summary>
internal static partial class FieldRules
{
    /// <summary>The largest <c>pageSize</c> the v1 chats API accepts.</summary>
    public const int MaxPageSize = 100;

    /// <summary><c>channelTypes</c>: each value present and not blank.</summary>
    public static readonly FieldRule ChannelType = FieldRule.Text("channelTypes");

    /// <summary><c>pageNumber</c>: 1 or more, when given.</summary>
    public static void PageNumber(int? value)
    {
        if (value is { } number)
        {
            AtLeast("pageNumber", number, 1);
        }
    }

    /// <summary><c>pageSize</c>: 1 to 100, when given.</summary>
    public static void PageSize(int? value)
    {
        if (value is { } size)
        {
            Within("pageSize", size, 1, MaxPageSize);
        }
    }

    /// <summary>Throws when an id is <see cref="Guid.Empty"/>, which never names an entity.</summary>
    public static void Id(string field, Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new OmnideskValidationException(field, "a non-empty UUID", "it is Guid.Empty (00000000-0000-0000-0000-000000000000), which is not an id.");
        }
    }

    /// <summary>Throws when a list of ids, if given, holds <see cref="Guid.Empty"/>.</summary>
    public static void Ids(string field, IReadOnlyList<Guid>? values)
    {
        if (values is null)
        {
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == Guid.Empty)
            {
                throw new OmnideskValidationException(field, "non-empty UUIDs", $"item {i} is Guid.Empty (00000000-0000-0000-0000-000000000000), which is not an id.");
            }
        }
    }
}
