namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>The account, the session and the requests both sides of every pair send.</summary>
internal static class Sample
{
    /// <summary>The account address of the in-memory runs (nothing listens there: the stand-in answers).</summary>
    public static readonly Uri InMemoryAddress = new("http://omnidesk.test/");

    public const string ApiKey = "bench0api0key0a1b2c3d4e5f6";

    public const string ChatAccountToken = "a1b2c3d4e5f6a7b8c9d0";

    public const string ChatServer = "https://bot.example.com/omnidesk/hooks";

    public const string ChatSessionId = "sess-0f8c2a7e-4b1d-4e5a-9c3f-2d7b6a1e0c9d";

    /// <summary>A customer's message of about 200 characters.</summary>
    public const string MessageText =
        "Hello, I ordered the premium plan last Tuesday and I was charged twice on my credit card. " +
        "Could someone please look into order 1042 and refund the second payment? Thank you very much!";

    /// <summary>A message with every documented field set (the options give chatServer and chatAccountToken).</summary>
    public static NewChatMessage Message { get; } = new()
    {
        ChatSessionId = ChatSessionId,
        Message = MessageText,
        ChannelId = NewChatMessage.LiveChatChannelId,
        Url = "https://www.brand.com/support/orders",
        MessageNumber = 3,
        UsedPredefinedUserInput = false,
        AdditionalData = "orderId=1042;plan=premium",
        ExternalAddressOverwrite = "jane.doe@example.com",
        CustomerName = "Jane Doe",
        EmailAddress = "jane.doe@example.com",
        PhoneNumber = "+31612345678",
    };

    /// <summary>The first page of ten chats.</summary>
    public static ChatListQuery TenChats { get; } = new() { PageNumber = 1, PageSize = 10 };

    public static AttachmentUpload Upload { get; } = new() { ChatSessionId = ChatSessionId };

    public const string FileName = "statement.pdf";

    public const string FileContentType = "application/pdf";

    /// <summary>The options a user configures: account address, API key, chat account token and chat server.</summary>
    public static void Configure(OmnideskChatOptions options, Uri baseAddress)
    {
        options.BaseAddress = baseAddress;
        options.ApiKey = ApiKey;
        options.ChatAccountToken = ChatAccountToken;
        options.ChatServer = ChatServer;
    }
}
