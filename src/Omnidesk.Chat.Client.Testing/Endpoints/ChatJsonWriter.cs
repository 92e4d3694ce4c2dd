using System.Text.Json;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>Writes v1 chats as the Chat and ChatDetails objects of Omnidesk's v1 chats API reference (camelCase, nulls written).</summary>
internal static class ChatJsonWriter
{
    public static void Write(Utf8JsonWriter w, EmulatedChat chat, bool details)
    {
        if (details)
        {
            WriteDetails(w, chat);
        }
        else
        {
            WriteChat(w, chat);
        }
    }

    private static void WriteChat(Utf8JsonWriter w, EmulatedChat chat)
    {
        w.WriteStartObject();
        w.WriteString("id", chat.Id);
        w.WriteString("createdAt", chat.CreatedAt);
        w.WriteString("updatedAt", chat.UpdatedAt);
        w.WriteBoolean("isRemoved", chat.IsRemoved);
        WriteNullable(w, "channelId", chat.ChannelId);
        WriteNullable(w, "currentResponderId", chat.CurrentResponderId);
        WriteNullable(w, "lastChatMessageCreatedAt", chat.LastChatMessageCreatedAt);
        w.WriteString("ownerId", chat.OwnerId);
        w.WriteString("responderId", chat.ResponderId);
        w.WriteString("title", chat.Title);
        w.WriteString("workspaceId", chat.WorkspaceId);
        w.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter w, EmulatedChat chat)
    {
        w.WriteStartObject();
        WriteNullable(w, "channelId", chat.ChannelId);
        w.WriteString("channelName", chat.ChannelName);
        w.WriteString("channelType", chat.ChannelType);
        w.WriteString("createdAt", chat.CreatedAt);
        w.WriteString("id", chat.Id);
        WriteNullable(w, "isOwnerBlocked", chat.IsOwnerBlocked);
        w.WriteBoolean("isRemoved", chat.IsRemoved);
        w.WriteString("lastMessageContent", chat.LastMessageContent);
        WriteNullable(w, "lastMessageCreatedAt", chat.LastChatMessageCreatedAt);
        w.WriteString("lastMessageRole", chat.LastMessageRole);
        w.WriteString("ownerEmail", chat.OwnerEmail);
        w.WriteString("ownerId", chat.OwnerId);
        w.WriteString("ownerIdentifier", chat.OwnerIdentifier);
        w.WriteString("ownerName", chat.OwnerName);
        w.WriteString("penultimateMessageContent", chat.PenultimateMessageContent);
        WriteNullable(w, "penultimateMessageCreatedAt", chat.PenultimateMessageCreatedAt);
        w.WriteString("penultimateMessageRole", chat.PenultimateMessageRole);
        w.WriteString("responderEntity", chat.ResponderEntity);
        w.WriteString("responderId", chat.ResponderId);
        w.WriteString("responderName", chat.ResponderName);
        w.WriteString("responderPicture", chat.ResponderPicture);
        WriteNullable(w, "responderVersionId", chat.ResponderVersionId);
        if (chat.ResponderVersionNumber is { } version)
        {
            w.WriteNumber("responderVersionNumber", version);
        }
        else
        {
            w.WriteNull("responderVersionNumber");
        }

        WriteNullable(w, "ticketId", chat.TicketId);
        w.WriteString("ticketStatus", chat.TicketStatus);
        w.WriteString("title", chat.Title);
        w.WriteString("workspaceId", chat.WorkspaceId);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, Guid? value)
    {
        if (value is { } guid)
        {
            w.WriteString(name, guid);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            w.WriteString(name, time);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } flag)
        {
            w.WriteBoolean(name, flag);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
