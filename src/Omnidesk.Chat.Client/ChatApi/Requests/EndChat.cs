using System.Text;
using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>The end of a chat session, on a timeout or another trigger of yours (<c>notifyUserEndChat</c>).</summary>
public sealed record EndChat
{
    /// <summary>
    /// Your session id (<c>chatSessionID</c>): letters, digits and <c>-</c> (no leading <c>+</c> on this endpoint).
    /// </summary>
    [JsonPropertyName("chatSessionID")]
    public required string ChatSessionId { get; init; }

    /// <summary>
    /// The base address of your hookpoints (<c>chatServer</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatServer"/> is used.
    /// </summary>
    [JsonPropertyName("chatServer")]
    public string? ChatServer { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ChatSessionId = ").Append(ChatSessionId)
            .Append(", ChatServer = ").Append(SecretText.ShownAddress(ChatServer));
        return true;
    }
}
