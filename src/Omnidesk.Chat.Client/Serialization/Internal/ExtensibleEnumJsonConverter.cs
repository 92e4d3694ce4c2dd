using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client.Serialization.Internal;

/// <summary>Reads and writes any <see cref="IExtensibleEnum{TSelf}"/> as its JSON string.</summary>
/// <typeparam name="T">The extensible enum.</typeparam>
internal sealed class ExtensibleEnumJsonConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? T.FromWire(reader.GetString()!)
            : throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
