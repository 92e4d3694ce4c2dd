namespace Omnidesk.Chat.Client.Testing;

/// <summary>Which API an endpoint belongs to (for its auth) and what body it reads.</summary>
internal static class EndpointGroups
{
    public static EndpointGroup Of(EmulatorEndpoint endpoint) => endpoint switch
    {
        EmulatorEndpoint.ChatServiceRequestChatConfig => EndpointGroup.ChatService,
        EmulatorEndpoint.ListChats or EmulatorEndpoint.CreateChat or EmulatorEndpoint.GetChat or EmulatorEndpoint.UpdateChat
            or EmulatorEndpoint.DeleteChat or EmulatorEndpoint.ListChatDetails or EmulatorEndpoint.GetChatDetails
            => EndpointGroup.ChatsApi,
        _ => EndpointGroup.AccountApi,
    };

    public static BodyKind BodyOf(EmulatorEndpoint endpoint) => endpoint switch
    {
        EmulatorEndpoint.CreateChat or EmulatorEndpoint.UpdateChat => BodyKind.Json,
        EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps or EmulatorEndpoint.ChatServiceRequestChatConfig => BodyKind.None,
        _ when Of(endpoint) == EndpointGroup.ChatsApi => BodyKind.None,
        _ => BodyKind.Form,
    };
}

/// <summary>The API an endpoint belongs to.</summary>
internal enum EndpointGroup
{
    /// <summary>The account's v2 API: <c>apiKey</c> header or query.</summary>
    AccountApi,

    /// <summary>The chat service: its own tokens in the query.</summary>
    ChatService,

    /// <summary>The v1 chats API: <c>authorization</c> header.</summary>
    ChatsApi,
}

/// <summary>The body an endpoint reads.</summary>
internal enum BodyKind
{
    None,
    Form,
    Json,
}
