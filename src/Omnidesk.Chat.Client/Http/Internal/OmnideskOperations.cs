using static Omnidesk.Chat.Client.Http.Internal.RetrySafety;

namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// Every operation the SDK calls, in one table: the retry rule of each is stated here and nowhere else
/// (the README's retry table is this table).
/// </summary>
internal static class OmnideskOperations
{
    public static readonly OmnideskOperation RequestChatConfig = new("requestChatConfig", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/requestChatConfig", AnyTransientFailure);
    public static readonly OmnideskOperation NotifyUserNewChatMessage = new("notifyUserNewChatMessage", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/notifyUserNewChatMessage", OnlyWhenNotProcessed);
    public static readonly OmnideskOperation NotifyUserNewChatEvent = new("notifyUserNewChatEvent", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/notifyUserNewChatEvent", AnyTransientFailure);
    public static readonly OmnideskOperation NotifyUserVisited = new("notifyUserVisited", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/notifyUserVisited", AnyTransientFailure);
    public static readonly OmnideskOperation NotifyUserEndChat = new("notifyUserEndChat", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/notifyUserEndChat", OnlyWhenNotProcessed);
    public static readonly OmnideskOperation AddAttachment = new("addAttachment", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/addAttachment", OnlyWhenNotProcessed);
    public static readonly OmnideskOperation CheckOriginAndIp = new("checkOriginAndIP", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/checkOriginAndIP", AnyTransientFailure);
    public static readonly OmnideskOperation WhitelistedDomainsAndBlacklistedIps = new("whitelistedDomainsAndBlacklistedIPs", HttpMethod.Get, OmnideskApi.Chat, "api/v2/chat/whitelistedDomainsAndBlacklistedIPs", AnyTransientFailure);
    public static readonly OmnideskOperation RequestChatQueue = new("requestChatQueue", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/requestChatQueue", AnyTransientFailure);
    public static readonly OmnideskOperation CreateChatbotLog = new("chatbot", HttpMethod.Post, OmnideskApi.Chat, "api/v2/message/chatbot", OnlyWhenNotProcessed);
    public static readonly OmnideskOperation GetChatConfig = new("chatService.requestChatConfig", HttpMethod.Get, OmnideskApi.ChatService, "requestChatConfig", AnyTransientFailure);

    public static readonly OmnideskOperation ListChats = new("chats.list", HttpMethod.Get, OmnideskApi.Chats, "api/v1/chats", AnyTransientFailure);
    public static readonly OmnideskOperation ListChatDetails = new("chats.listDetails", HttpMethod.Get, OmnideskApi.Chats, "api/v1/chats/details", AnyTransientFailure);
    public static readonly OmnideskOperation GetChat = new("chats.get", HttpMethod.Get, OmnideskApi.Chats, "api/v1/chats/{id}", AnyTransientFailure);
    public static readonly OmnideskOperation GetChatDetails = new("chats.getDetails", HttpMethod.Get, OmnideskApi.Chats, "api/v1/chats/{id}/details", AnyTransientFailure);
    public static readonly OmnideskOperation CreateChat = new("chats.create", HttpMethod.Post, OmnideskApi.Chats, "api/v1/chats", OnlyWhenNotProcessed);
    public static readonly OmnideskOperation UpdateChat = new("chats.update", HttpMethod.Patch, OmnideskApi.Chats, "api/v1/chats/{id}", OnlyWhenNotProcessed);
    public static readonly OmnideskOperation DeleteChat = new("chats.delete", HttpMethod.Delete, OmnideskApi.Chats, "api/v1/chats/{id}", OnlyWhenNotProcessed);
}
