using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>
/// What every v2 Chat API answer carries: the envelope's <c>type</c> and <c>message</c>, and every field this
/// SDK does not know, kept as JSON.
/// </summary>
public abstract record ChatApiResult
{
    /// <summary>The envelope's <c>type</c>, <c>result</c> on success.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The server's message, such as <c>Message sent.</c>.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>The fields of the answer this SDK does not type, as they came.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
