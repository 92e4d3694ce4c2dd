using System.Text.Json;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// Reads a JSON object body into fields: strings as they are, numbers by their text, booleans as
/// <c>true</c>/<c>false</c>; <c>null</c> counts as absent; objects and arrays are kept as "not text". Text that
/// is not valid UTF-8, or an escape of an unpaired surrogate (<c>"\ud800"</c>), in any name or value, even of a
/// field the hookpoints ignore, makes the body malformed.
/// </summary>
internal static class JsonFields
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static HookpointFields Read(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException exception)
        {
            throw new HookpointBodyException("The JSON body is malformed.", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new HookpointBodyException("The JSON body must be an object.");
            }

            try
            {
                return ReadObject(document.RootElement);
            }
            catch (InvalidOperationException exception)
            {
                // JsonElement.GetString() and JsonProperty.Name refuse to transcode invalid text.
                throw new HookpointBodyException("The JSON body holds text that is not valid UTF-8 or UTF-16.", exception);
            }
        }
    }

    private static HookpointFields ReadObject(JsonElement root)
    {
        var fields = new HookpointFields();
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    fields.Add(property.Name, property.Value.GetString());
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    fields.Add(property.Name, property.Value.GetRawText());
                    break;
                case JsonValueKind.Null:
                    // The name is read all the same: an invalid one makes the body malformed.
                    _ = property.Name;
                    break;
                default:
                    fields.Add(property.Name, null);
                    break;
            }
        }

        return fields;
    }
}
