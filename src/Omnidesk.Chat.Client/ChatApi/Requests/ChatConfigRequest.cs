using System.Text;
using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// The chat whose configuration <see cref="IOmnideskChatApi.RequestChatConfigAsync"/> asks for. Both values
/// fall back to the options when <see langword="null"/>.
/// </summary>
/// <remarks><see cref="object.ToString"/> never shows <see cref="ChatAccountToken"/>.</remarks>
public sealed record ChatConfigRequest
{
    /// <summary>
    /// The base address of your hookpoints (<c>chatServer</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatServer"/> is used.
    /// </summary>
    [JsonPropertyName("chatServer")]
    public string? ChatServer { get; init; }

    /// <summary>
    /// The chat account token (<c>chatAccountToken</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatAccountToken"/> is used.
    /// </summary>
    [JsonPropertyName("chatAccountToken")]
    public string? ChatAccountToken { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ChatServer = ").Append(SecretText.ShownAddress(ChatServer))
            .Append(", ChatAccountToken = ").Append(SecretText.Shown(ChatAccountToken));
        return true;
    }
}
