namespace Omnidesk.Chat.Client.Testing;

/// <summary>The endpoints the <see cref="OmnideskEmulator"/> serves.</summary>
public enum EmulatorEndpoint
{
    /// <summary><c>POST /api/v2/chat/requestChatConfig</c>.</summary>
    RequestChatConfig,

    /// <summary><c>POST /api/v2/chat/notifyUserNewChatMessage</c>.</summary>
    NotifyUserNewChatMessage,

    /// <summary><c>POST /api/v2/chat/notifyUserNewChatEvent</c>.</summary>
    NotifyUserNewChatEvent,

    /// <summary><c>POST /api/v2/chat/notifyUserVisited</c>.</summary>
    NotifyUserVisited,

    /// <summary><c>POST /api/v2/chat/notifyUserEndChat</c> (also <c>/api/v2/message/notifyUserEndChat</c>).</summary>
    NotifyUserEndChat,

    /// <summary><c>POST /api/v2/chat/addAttachment</c>.</summary>
    AddAttachment,

    /// <summary><c>POST /api/v2/chat/checkOriginAndIP</c>.</summary>
    CheckOriginAndIp,

    /// <summary><c>GET /api/v2/chat/whitelistedDomainsAndBlacklistedIPs</c>.</summary>
    WhitelistedDomainsAndBlacklistedIps,

    /// <summary><c>POST /api/v2/chat/requestChatQueue</c>.</summary>
    RequestChatQueue,

    /// <summary><c>POST /api/v2/message/chatbot</c>.</summary>
    CreateChatbotLog,

    /// <summary>The chat service's <c>GET /requestChatConfig</c>.</summary>
    ChatServiceRequestChatConfig,

    /// <summary><c>GET /api/v1/chats</c>.</summary>
    ListChats,

    /// <summary><c>POST /api/v1/chats</c>.</summary>
    CreateChat,

    /// <summary><c>GET /api/v1/chats/{id}</c>.</summary>
    GetChat,

    /// <summary><c>PATCH /api/v1/chats/{id}</c>.</summary>
    UpdateChat,

    /// <summary><c>DELETE /api/v1/chats/{id}</c>.</summary>
    DeleteChat,

    /// <summary><c>GET /api/v1/chats/details</c>.</summary>
    ListChatDetails,

    /// <summary><c>GET /api/v1/chats/{id}/details</c>.</summary>
    GetChatDetails,
}
