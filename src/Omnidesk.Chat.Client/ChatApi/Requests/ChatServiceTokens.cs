using System.Text;
using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// The tokens the chat service's <c>GET requestChatConfig</c> is called with. Each falls back to the options
/// when <see langword="null"/>.
/// </summary>
/// <remarks><see cref="object.ToString"/> never shows a token.</remarks>
public sealed record ChatServiceTokens
{
    /// <summary>
    /// The chat account token (<c>chatAccountToken</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatAccountToken"/> is used.
    /// </summary>
    [JsonPropertyName("chatAccountToken")]
    public string? ChatAccountToken { get; init; }

    /// <summary>
    /// The chat server token (<c>chatServerToken</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatServerToken"/> is used.
    /// </summary>
    [JsonPropertyName("chatServerToken")]
    public string? ChatServerToken { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ChatAccountToken = ").Append(SecretText.Shown(ChatAccountToken))
            .Append(", ChatServerToken = ").Append(SecretText.Shown(ChatServerToken));
        return true;
    }
}
