using System.Text;
using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>The origin and IP address of a customer, to check against the account's lists (<c>checkOriginAndIP</c>).</summary>
/// <remarks><see cref="object.ToString"/> never shows <see cref="ChatAccountToken"/>.</remarks>
public sealed record OriginCheck
{
    /// <summary>The host name of the page the chat runs on (<c>origin</c>), such as <c>www.brand.com</c>: letters, digits, <c>.</c> and <c>-</c>.</summary>
    [JsonPropertyName("origin")]
    public required string Origin { get; init; }

    /// <summary>The customer's IP address (<c>ip</c>); not sent when <see langword="null"/>.</summary>
    [JsonPropertyName("ip")]
    public string? Ip { get; init; }

    /// <summary>
    /// The base address of your hookpoints (<c>chatServer</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatServer"/> is used; when that is not set either, none is sent.
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
        builder.Append("Origin = ").Append(Origin)
            .Append(", Ip = ").Append(Ip)
            .Append(", ChatServer = ").Append(SecretText.ShownAddress(ChatServer))
            .Append(", ChatAccountToken = ").Append(SecretText.Shown(ChatAccountToken));
        return true;
    }
}
