namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>The services an operation can address; each has its own host and authentication.</summary>
internal enum OmnideskApi
{
    /// <summary>The account's v2 API (<c>/api/v2/...</c>), authenticated by the <c>apiKey</c> header or query parameter.</summary>
    Chat,

    /// <summary>The account's v1 chats API (<c>/api/v1/chats...</c>), authenticated by the <c>authorization</c> header.</summary>
    Chats,

    /// <summary>The chat service (<c>https://chat.omnidesk.io/</c>), authenticated by the tokens in the query.</summary>
    ChatService,

    /// <summary>Another endpoint of the account, declared by the user (<c>AddOmnideskApi</c>), authenticated by the <c>apiKey</c> header.</summary>
    Account,
}
