using System.Text.Json;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// Reads a JSON object body into fields: strings as they are, numbers by their text, booleans as
/// <c>true</c>/<c>false</c>; <c>null</c> counts as absent; objects and arrays are kept as "not text".
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

            var fields = new HookpointFields();
            foreach (var property in document.RootElement.EnumerateObject())
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
                        break;
                    default:
                        fields.Add(property.Name, null);
                        break;
                }
            }

            return fields;
        }
    }
}
