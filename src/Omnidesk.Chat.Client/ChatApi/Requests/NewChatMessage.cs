using System.Text;
using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// A message from the customer to the agent (<c>notifyUserNewChatMessage</c>). The first message of a
/// <see cref="ChatSessionId"/> opens a chat session and a ticket; later messages with the same id go to the
/// same ticket and agent. Optional properties left <see langword="null"/> are not sent.
/// </summary>
/// <remarks><see cref="object.ToString"/> never shows <see cref="ChatAccountToken"/>.</remarks>
public sealed record NewChatMessage
{
    /// <summary>The <c>channelID</c> of live chat, the documented default.</summary>
    public const int LiveChatChannelId = 8;

    /// <summary>
    /// Your session id (<c>chatSessionID</c>): letters, digits and <c>-</c>, optionally starting with <c>+</c>
    /// (a phone number as session id). Keep it the same for the whole session. A session id starting with
    /// <c>+</c> can send messages but is refused by the event, visit, end-of-chat and attachment endpoints.
    /// </summary>
    [JsonPropertyName("chatSessionID")]
    public required string ChatSessionId { get; init; }

    /// <summary>The customer's message or the chatbot history (<c>message</c>). Required, not blank.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>
    /// The base address of your hookpoints (<c>chatServer</c>), where Omnidesk posts the agent's replies.
    /// When <see langword="null"/>, <see cref="OmnideskChatOptions.ChatServer"/> is used.
    /// </summary>
    [JsonPropertyName("chatServer")]
    public string? ChatServer { get; init; }

    /// <summary>
    /// The chat account token (<c>chatAccountToken</c>). When <see langword="null"/>,
    /// <see cref="OmnideskChatOptions.ChatAccountToken"/> is used.
    /// </summary>
    [JsonPropertyName("chatAccountToken")]
    public string? ChatAccountToken { get; init; }

    /// <summary>The channel (<c>channelID</c>); <see cref="LiveChatChannelId"/> (8) is live chat, the server's default.</summary>
    [JsonPropertyName("channelID")]
    public int? ChannelId { get; init; }

    /// <summary>The page the chat was started from (<c>url</c>), such as <c>https://www.brand.com/support</c>.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>The message's number in the session (<c>messageNumber</c>), starting with 1. Recommended.</summary>
    [JsonPropertyName("messageNumber")]
    public int? MessageNumber { get; init; }

    /// <summary>Whether the customer picked a predefined input rather than typing (<c>usedPredefinedUserInput</c>).</summary>
    [JsonPropertyName("usedPredefinedUserInput")]
    public bool? UsedPredefinedUserInput { get; init; }

    /// <summary>Extra data for the agent (<c>additionalData</c>).</summary>
    [JsonPropertyName("additionalData")]
    public string? AdditionalData { get; init; }

    /// <summary>Overrides the external address of the chat (<c>externalAddressOverwrite</c>).</summary>
    [JsonPropertyName("externalAddressOverwrite")]
    public string? ExternalAddressOverwrite { get; init; }

    /// <summary>
    /// The customer's name (<c>customerName</c>): letters <c>a-z A-Z</c>, digits and spaces only. Turn a real
    /// display name into one with <see cref="OmnideskCustomerName.FromDisplayName"/>.
    /// </summary>
    [JsonPropertyName("customerName")]
    public string? CustomerName { get; init; }

    /// <summary>The customer's e-mail address (<c>emailAddress</c>).</summary>
    [JsonPropertyName("emailAddress")]
    public string? EmailAddress { get; init; }

    /// <summary>The customer's phone number (<c>phoneNumber</c>): <c>+</c> then digits, such as <c>+31612345678</c>.</summary>
    [JsonPropertyName("phoneNumber")]
    public string? PhoneNumber { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("ChatSessionId = ").Append(ChatSessionId)
            .Append(", Message = ").Append(Message)
            .Append(", ChatServer = ").Append(SecretText.ShownAddress(ChatServer))
            .Append(", ChatAccountToken = ").Append(SecretText.Shown(ChatAccountToken))
            .Append(", ChannelId = ").Append(ChannelId)
            .Append(", Url = ").Append(Url)
            .Append(", MessageNumber = ").Append(MessageNumber)
            .Append(", UsedPredefinedUserInput = ").Append(UsedPredefinedUserInput)
            .Append(", AdditionalData = ").Append(AdditionalData)
            .Append(", ExternalAddressOverwrite = ").Append(ExternalAddressOverwrite)
            .Append(", CustomerName = ").Append(CustomerName)
            .Append(", EmailAddress = ").Append(EmailAddress)
            .Append(", PhoneNumber = ").Append(PhoneNumber);
        return true;
    }
}
