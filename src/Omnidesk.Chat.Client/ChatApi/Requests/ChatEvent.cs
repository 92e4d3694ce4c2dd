using System.Text;
using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>An event of the customer's chat window, such as typing (<c>notifyUserNewChatEvent</c>).</summary>
public sealed record ChatEvent
{
    /// <summary>
    /// Your session id (<c>chatSessionID</c>): letters, digits and <c>-</c> (no leading <c>+</c> on this endpoint).
    /// </summary>
    [JsonPropertyName("chatSessionID")]
    public required string ChatSessionId { get; init; }

    /// <summary>What happened (<c>event</c>), such as <see cref="ChatEventType.StartedTyping"/>.</summary>
    [JsonPropertyName("event")]
    public required ChatEventType Event { get; init; }

    /// <summary>
    /// The base address of your hookpoints (<c>chatServer</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatServer"/> is used.
    /// </summary>
    [JsonPropertyName("chatServer")]
    public string? ChatServer { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ChatSessionId = ").Append(ChatSessionId)
            .Append(", Event = ").Append(Event)
            .Append(", ChatServer = ").Append(SecretText.ShownAddress(ChatServer));
        return true;
    }
}
