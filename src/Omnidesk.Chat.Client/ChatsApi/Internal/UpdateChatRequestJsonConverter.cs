using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client.ChatsApi.Internal;

/// <summary>
/// The PATCH body of <c>/api/v1/chats/{id}</c>: only the fields that are set, a field set to <see langword="null"/>
/// written as <c>null</c>, so "leave unchanged" and "clear" stay apart. Write only: the SDK never reads one.
/// </summary>
internal sealed class UpdateChatRequestJsonConverter : JsonConverter<UpdateChatRequest>
{
    public override UpdateChatRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An update request is only written.");

    public override void Write(Utf8JsonWriter writer, UpdateChatRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        Write(writer, "title"u8, value.Title);
        Write(writer, "lastChatMessageCreatedAt"u8, value.LastChatMessageCreatedAt);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Optional<string?> field)
    {
        if (field is { IsSet: true, Value: { } text })
        {
            writer.WriteString(name, text);
        }
        else if (field.IsSet)
        {
            writer.WriteNull(name);
        }
    }

    private static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Optional<DateTimeOffset?> field)
    {
        if (field is { IsSet: true, Value: { } time })
        {
            writer.WriteString(name, time);
        }
        else if (field.IsSet)
        {
            writer.WriteNull(name);
        }
    }
}
