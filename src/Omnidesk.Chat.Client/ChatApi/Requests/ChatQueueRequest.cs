using System.Text;
using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>The chat account whose queue <see cref="IOmnideskChatApi.RequestChatQueueAsync"/> asks for.</summary>
/// <remarks><see cref="object.ToString"/> never shows <see cref="ChatAccountToken"/>.</remarks>
public sealed record ChatQueueRequest
{
    /// <summary>
    /// The chat account token (<c>chatAccountToken</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatAccountToken"/> is used.
    /// </summary>
    [JsonPropertyName("chatAccountToken")]
    public string? ChatAccountToken { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ChatAccountToken = ").Append(SecretText.Shown(ChatAccountToken));
        return true;
    }
}
