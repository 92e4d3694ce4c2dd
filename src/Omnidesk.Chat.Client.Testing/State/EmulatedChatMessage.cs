namespace Omnidesk.Chat.Client.Testing;

/// <summary>A customer message the emulator stored from <c>notifyUserNewChatMessage</c>.</summary>
public sealed record EmulatedChatMessage
{
    /// <summary>Gets the message id (sequential from 1, shared with attachments).</summary>
    public required int MessageId { get; init; }

    /// <summary>Gets the ticket the message went to.</summary>
    public required int TicketId { get; init; }

    /// <summary>Gets the <c>message</c> field.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the <c>messageNumber</c> field, if sent.</summary>
    public int? MessageNumber { get; init; }

    /// <summary>Gets the <c>channelID</c> field, if sent.</summary>
    public int? ChannelId { get; init; }

    /// <summary>Gets the <c>customerName</c> field, if sent.</summary>
    public string? CustomerName { get; init; }

    /// <summary>Gets the <c>emailAddress</c> field, if sent.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>Gets the <c>phoneNumber</c> field, if sent.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>Gets the <c>url</c> field, if sent.</summary>
    public string? Url { get; init; }

    /// <summary>Gets every form field of the request except <c>chatAccountToken</c>, by name as sent.</summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>Gets when the emulator received the message.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
