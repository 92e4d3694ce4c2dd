namespace Omnidesk.Chat.Client.WireMockTests.Support;

/// <summary>A <c>notifyUserNewChatMessage</c> with every documented field set, so a test sees each one on the wire.</summary>
internal static class FullMessage
{
    public static NewChatMessage For(string sessionId, string text) => new()
    {
        ChatSessionId = sessionId,
        Message = text,
        ChannelId = NewChatMessage.LiveChatChannelId,
        Url = "https://www.brand.com/support",
        MessageNumber = 1,
        UsedPredefinedUserInput = false,
        AdditionalData = "orderId=1042",
        ExternalAddressOverwrite = "jane.doe@example.com",
        CustomerName = "Jane Doe",
        EmailAddress = "jane.doe@example.com",
        PhoneNumber = "+31612345678",
    };
}
