using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>A v1 JSON request body: tells an absent property from a <see langword="null"/> one.</summary>
internal sealed class ChatBody
{
    private readonly Dictionary<string, JsonElement> _properties;

    private ChatBody(Dictionary<string, JsonElement> properties)
    {
        _properties = properties;
    }

    public static bool TryParse(string? json, [NotNullWhen(true)] out ChatBody? body, out string problem)
    {
        body = null;
        problem = "body: must be a JSON object";
        if (string.IsNullOrWhiteSpace(json))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                properties[property.Name] = property.Value.Clone();
            }

            body = new ChatBody(properties);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public bool Has(string name) => _properties.ContainsKey(name);

    public string? String(string name)
        => _properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public Guid? Guid(string name)
        => String(name) is { } text ? System.Guid.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>A property that must be present, a string obeying <paramref name="rule"/> (or null when allowed).</summary>
    public string? Require(string name, FieldRule rule, bool nullable)
        => !_properties.TryGetValue(name, out var value) ? $"{name}: is required"
            : value.ValueKind == JsonValueKind.Null ? (nullable ? null : $"{name}: is required")
            : value.ValueKind == JsonValueKind.String && rule.Accepts(value.GetString()!) ? null
            : rule.Violation();

    /// <summary>A property that must be present: a string or null.</summary>
    public string? RequireString(string name)
        => _properties.ContainsKey(name) ? OptionalString(name) : $"{name}: is required";

    /// <summary>A property that may be absent or null; when given, a string obeying <paramref name="rule"/>.</summary>
    public string? Optional(string name, FieldRule rule)
        => !_properties.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.String && rule.Accepts(value.GetString()!) ? null
            : rule.Violation();

    /// <summary>A property that may be absent or null; when given, a string.</summary>
    public string? OptionalString(string name)
        => !_properties.TryGetValue(name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.String
            ? null
            : $"{name}: must be a string or null";
}
