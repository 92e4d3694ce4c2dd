using System.Text;
using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// Where a customer's file goes (<c>addAttachment</c>): the session, and optionally the chat server and token.
/// These travel in the query string; the file itself is the body.
/// </summary>
/// <remarks><see cref="object.ToString"/> never shows <see cref="ChatAccountToken"/>.</remarks>
public sealed record AttachmentUpload
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

    /// <summary>
    /// The chat account token (<c>chatAccountToken</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatAccountToken"/> is used.
    /// </summary>
    [JsonPropertyName("chatAccountToken")]
    public string? ChatAccountToken { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ChatSessionId = ").Append(ChatSessionId)
            .Append(", ChatServer = ").Append(SecretText.ShownAddress(ChatServer))
            .Append(", ChatAccountToken = ").Append(SecretText.Shown(ChatAccountToken));
        return true;
    }
}
