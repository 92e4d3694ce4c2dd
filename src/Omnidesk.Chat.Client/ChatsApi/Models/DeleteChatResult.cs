using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omnidesk.Chat.Client;

/// <summary>The answer to removing a chat.</summary>
public sealed record DeleteChatResult
{
    /// <summary>The server's informative message, such as <c>Chat removed.</c>; empty when it sent no body.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>Fields the server sent that this version of the SDK does not know, kept as they came.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
