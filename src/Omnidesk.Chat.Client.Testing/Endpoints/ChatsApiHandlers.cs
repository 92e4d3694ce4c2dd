using System.Globalization;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>The seven v1 chats endpoints of Omnidesk's v1 chats API reference.</summary>
internal sealed class ChatsApiHandlers(EmulatorContext context)
{
    public EmulatorResponse List(FieldSource fields, bool details)
    {
        var filter = new ChatFilter
        {
            ChannelIds = Guids(fields, "channelIds"),
            ChannelTypes = details ? new HashSet<string>() : new HashSet<string>(fields.Values("channelTypes"), StringComparer.Ordinal),
            OwnerIds = details ? new HashSet<Guid>() : Guids(fields, "ownerIds"),
            ResponderIds = Guids(fields, "responderIds"),
            ResponderVersionIds = Guids(fields, "responderVersionIds"),
            Search = fields.Value("search") is { Length: > 0 } search ? search : null,
            LastChatMessageCreatedAtStart = details ? null : Time(fields.Value("lastChatMessageCreatedAtStart")),
            LastChatMessageCreatedAtEnd = details ? null : Time(fields.Value("lastChatMessageCreatedAtEnd")),
            PageNumber = fields.Value("pageNumber") is { } page ? int.Parse(page, CultureInfo.InvariantCulture) : 1,
            PageSize = fields.Value("pageSize") is { } size ? int.Parse(size, CultureInfo.InvariantCulture) : 10,
        };

        var chats = context.State.QueryChats(filter);
        return EmulatorResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var chat in chats)
            {
                ChatJsonWriter.Write(w, chat, details);
            }

            w.WriteEndArray();
        });
    }

    public EmulatorResponse Create(RequestSnapshot request)
    {
        if (!ChatBody.TryParse(request.JsonBody, out var body, out var problem))
        {
            return EmulatorErrors.Validation(problem);
        }

        var violation = body.Require("channelId", EmulatorRules.ChannelId, nullable: true)
            ?? body.Require("ownerId", EmulatorRules.OwnerId, nullable: false)
            ?? body.RequireString("title");
        if (violation is not null)
        {
            return EmulatorErrors.Validation(violation);
        }

        var chat = context.State.CreateChat(body.Guid("channelId"), body.Guid("ownerId")!.Value, body.String("title"));
        return Single(chat, details: false);
    }

    public EmulatorResponse Get(string id, bool details)
        => WithId(id, guid => context.State.FindChat(guid) is { } chat ? Single(chat, details) : EmulatorErrors.ChatNotFound(id));

    public EmulatorResponse Update(string id, RequestSnapshot request) => WithId(id, guid =>
    {
        if (!ChatBody.TryParse(request.JsonBody, out var body, out var problem))
        {
            return EmulatorErrors.Validation(problem);
        }

        var violation = body.Optional("lastChatMessageCreatedAt", EmulatorRules.LastChatMessageCreatedAt)
            ?? body.OptionalString("title");
        if (violation is not null)
        {
            return EmulatorErrors.Validation(violation);
        }

        var updated = context.State.UpdateChat(guid, (chat, now) => chat with
        {
            Title = body.Has("title") ? body.String("title") : chat.Title,
            LastChatMessageCreatedAt = body.Has("lastChatMessageCreatedAt")
                ? Time(body.String("lastChatMessageCreatedAt"))
                : chat.LastChatMessageCreatedAt,
            UpdatedAt = now,
        });
        return updated is null ? EmulatorErrors.ChatNotFound(id) : Single(updated, details: false);
    });

    public EmulatorResponse Delete(string id) => WithId(id, guid =>
    {
        var removed = context.State.UpdateChat(guid, (chat, now) => chat with { IsRemoved = true, UpdatedAt = now });
        return removed is null
            ? EmulatorErrors.ChatNotFound(id)
            : EmulatorResponse.Ok(w => w.WriteString("message", "Chat removed."));
    });

    private static EmulatorResponse WithId(string id, Func<Guid, EmulatorResponse> handle)
        => EmulatorRules.ChatId.Accepts(id)
            ? handle(Guid.Parse(id, CultureInfo.InvariantCulture))
            : EmulatorErrors.Validation(EmulatorRules.ChatId.Violation());

    private static EmulatorResponse Single(EmulatedChat chat, bool details)
        => EmulatorResponse.Json(200, w => ChatJsonWriter.Write(w, chat, details));

    private static HashSet<Guid> Guids(FieldSource fields, string name)
        => [.. fields.Values(name).Select(v => Guid.Parse(v, CultureInfo.InvariantCulture))];

    private static DateTimeOffset? Time(string? value)
        => value is not null && FieldRule.TryParseDateTime(value, out var time) ? time : null;
}
