using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Omnidesk.Chat.Client.Chats.Internal;

/// <summary>The JSON bodies of the v1 calls that send one (create and update).</summary>
internal static class ChatRequestBodies
{
    /// <summary><c>{"channelId":…,"ownerId":…,"title":…}</c>, with <c>null</c> for an unset channel or title.</summary>
    public static HttpContent Create(CreateChatRequest request) =>
        AsJson(JsonSerializer.SerializeToUtf8Bytes(request, ChatsJsonContext.Default.CreateChatRequest));

    /// <summary>Only the fields that are set; a field set to <see langword="null"/> is written as <c>null</c>.</summary>
    public static HttpContent Update(UpdateChatRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>(96);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (request.Title.IsSet)
            {
                if (request.Title.Value is { } title)
                {
                    writer.WriteString("title"u8, title);
                }
                else
                {
                    writer.WriteNull("title"u8);
                }
            }

            if (request.LastChatMessageCreatedAt.IsSet)
            {
                if (request.LastChatMessageCreatedAt.Value is { } createdAt)
                {
                    writer.WriteString("lastChatMessageCreatedAt"u8, createdAt);
                }
                else
                {
                    writer.WriteNull("lastChatMessageCreatedAt"u8);
                }
            }

            writer.WriteEndObject();
        }

        return AsJson(buffer.WrittenMemory);
    }

    private static ReadOnlyMemoryContent AsJson(ReadOnlyMemory<byte> json)
    {
        var content = new ReadOnlyMemoryContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
