using System.Collections.Concurrent;
using Omnidesk.Chat.Client.ChatApi.Internal;
using Omnidesk.Chat.Client.ChatsApi.Internal;
using Omnidesk.Chat.Client.Endpoints;
using Refit;
using static Omnidesk.Chat.Client.Pipeline.RetrySafety;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// Every operation the SDK calls, in one table: the retry rule of each is stated here and nowhere else (the
/// README's retry table is this table). A request finds its operation by the Refit interface and method that
/// made it (<see cref="Of"/>).
/// </summary>
internal static class OmnideskOperations
{
    public static readonly OmnideskOperation RequestChatConfig = new("requestChatConfig", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/requestChatConfig", AnyTransientFailure) { Result = ChatJsonContext.Default.ChatConfig };
    public static readonly OmnideskOperation NotifyUserNewChatMessage = new("notifyUserNewChatMessage", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/notifyUserNewChatMessage", OnlyWhenNotProcessed) { Result = ChatJsonContext.Default.NewChatMessageResult };
    public static readonly OmnideskOperation NotifyUserNewChatEvent = new("notifyUserNewChatEvent", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/notifyUserNewChatEvent", AnyTransientFailure) { Result = ChatJsonContext.Default.ChatNotificationResult };
    public static readonly OmnideskOperation NotifyUserVisited = new("notifyUserVisited", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/notifyUserVisited", AnyTransientFailure) { Result = ChatJsonContext.Default.ChatNotificationResult };
    public static readonly OmnideskOperation NotifyUserEndChat = new("notifyUserEndChat", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/notifyUserEndChat", OnlyWhenNotProcessed) { Result = ChatJsonContext.Default.ChatNotificationResult };
    public static readonly OmnideskOperation AddAttachment = new("addAttachment", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/addAttachment", OnlyWhenNotProcessed) { Result = ChatJsonContext.Default.AttachmentResult };

    /// <summary>A 200 whose body says error is the server's "no" about this origin or IP, not a failure (docs/wire-format.md).</summary>
    public static readonly OmnideskOperation CheckOriginAndIp = new("checkOriginAndIP", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/checkOriginAndIP", AnyTransientFailure)
    {
        Result = ChatJsonContext.Default.OriginCheckResult,
        WhenEmpty = static () => new OriginCheckResult(),
        WhenErrorBody = static reason => OriginCheckResult.Refused(reason),
    };

    public static readonly OmnideskOperation WhitelistedDomainsAndBlacklistedIps = new("whitelistedDomainsAndBlacklistedIPs", HttpMethod.Get, OmnideskApi.Chat, "api/v2/chat/whitelistedDomainsAndBlacklistedIPs", AnyTransientFailure) { Result = ChatJsonContext.Default.AccessLists, WhenEmpty = static () => new AccessLists() };
    public static readonly OmnideskOperation RequestChatQueue = new("requestChatQueue", HttpMethod.Post, OmnideskApi.Chat, "api/v2/chat/requestChatQueue", AnyTransientFailure) { Result = ChatJsonContext.Default.ChatQueue, WhenEmpty = static () => new ChatQueue() };
    public static readonly OmnideskOperation CreateChatbotLog = new("chatbot", HttpMethod.Post, OmnideskApi.Chat, "api/v2/message/chatbot", OnlyWhenNotProcessed) { Result = ChatJsonContext.Default.ChatbotLogResult };
    public static readonly OmnideskOperation GetChatConfig = new("chatService.requestChatConfig", HttpMethod.Get, OmnideskApi.ChatService, "requestChatConfig", AnyTransientFailure) { Result = ChatJsonContext.Default.ChatConfig };

    public static readonly OmnideskOperation ListChats = new("chats.list", HttpMethod.Get, OmnideskApi.Chats, "api/v1/chats", AnyTransientFailure) { Result = ChatsJsonContext.Default.IReadOnlyListChat };
    public static readonly OmnideskOperation ListChatDetails = new("chats.listDetails", HttpMethod.Get, OmnideskApi.Chats, "api/v1/chats/details", AnyTransientFailure) { Result = ChatsJsonContext.Default.IReadOnlyListChatDetails };
    public static readonly OmnideskOperation GetChat = new("chats.get", HttpMethod.Get, OmnideskApi.Chats, "api/v1/chats/{id}", AnyTransientFailure) { Result = ChatsJsonContext.Default.Chat };
    public static readonly OmnideskOperation GetChatDetails = new("chats.getDetails", HttpMethod.Get, OmnideskApi.Chats, "api/v1/chats/{id}/details", AnyTransientFailure) { Result = ChatsJsonContext.Default.ChatDetails };
    public static readonly OmnideskOperation CreateChat = new("chats.create", HttpMethod.Post, OmnideskApi.Chats, "api/v1/chats", OnlyWhenNotProcessed) { Result = ChatsJsonContext.Default.Chat };
    public static readonly OmnideskOperation UpdateChat = new("chats.update", HttpMethod.Patch, OmnideskApi.Chats, "api/v1/chats/{id}", OnlyWhenNotProcessed) { Result = ChatsJsonContext.Default.Chat };
    public static readonly OmnideskOperation DeleteChat = new("chats.delete", HttpMethod.Delete, OmnideskApi.Chats, "api/v1/chats/{id}", OnlyWhenNotProcessed) { Result = ChatsJsonContext.Default.DeleteChatResult, WhenEmpty = static () => new DeleteChatResult { Message = string.Empty } };

    private static readonly HttpRequestOptionsKey<Type> InterfaceKey = new(HttpRequestMessageOptions.InterfaceType);
    private static readonly HttpRequestOptionsKey<string> MethodKey = new(HttpRequestMessageOptions.MethodName);
    private static readonly HttpRequestOptionsKey<string> TemplateKey = new(HttpRequestMessageOptions.RelativePathTemplate);

    /// <summary>Which Refit method is which operation: the endpoint table (<c>Endpoints/</c>) meets the retry table here.</summary>
    private static readonly Dictionary<(Type, string), OmnideskOperation> ByEndpoint = new()
    {
        [(typeof(IChatControllerEndpoints), nameof(IChatControllerEndpoints.RequestChatConfigAsync))] = RequestChatConfig,
        [(typeof(IChatControllerEndpoints), nameof(IChatControllerEndpoints.NotifyUserNewChatMessageAsync))] = NotifyUserNewChatMessage,
        [(typeof(IChatControllerEndpoints), nameof(IChatControllerEndpoints.NotifyUserNewChatEventAsync))] = NotifyUserNewChatEvent,
        [(typeof(IChatControllerEndpoints), nameof(IChatControllerEndpoints.NotifyUserVisitedAsync))] = NotifyUserVisited,
        [(typeof(IChatControllerEndpoints), nameof(IChatControllerEndpoints.NotifyUserEndChatAsync))] = NotifyUserEndChat,
        [(typeof(IChatControllerEndpoints), nameof(IChatControllerEndpoints.AddAttachmentAsync))] = AddAttachment,
        [(typeof(IChatControllerEndpoints), nameof(IChatControllerEndpoints.CheckOriginAndIpAsync))] = CheckOriginAndIp,
        [(typeof(IChatControllerEndpoints), nameof(IChatControllerEndpoints.WhitelistedDomainsAndBlacklistedIpsAsync))] = WhitelistedDomainsAndBlacklistedIps,
        [(typeof(IChatControllerEndpoints), nameof(IChatControllerEndpoints.RequestChatQueueAsync))] = RequestChatQueue,
        [(typeof(IChatbotLogEndpoints), nameof(IChatbotLogEndpoints.CreateChatbotLogAsync))] = CreateChatbotLog,
        [(typeof(IChatServiceEndpoints), nameof(IChatServiceEndpoints.RequestChatConfigAsync))] = GetChatConfig,
        [(typeof(IChatsEndpoints), nameof(IChatsEndpoints.ListAsync))] = ListChats,
        [(typeof(IChatsEndpoints), nameof(IChatsEndpoints.ListDetailsAsync))] = ListChatDetails,
        [(typeof(IChatsEndpoints), nameof(IChatsEndpoints.GetAsync))] = GetChat,
        [(typeof(IChatsEndpoints), nameof(IChatsEndpoints.GetDetailsAsync))] = GetChatDetails,
        [(typeof(IChatsEndpoints), nameof(IChatsEndpoints.CreateAsync))] = CreateChat,
        [(typeof(IChatsEndpoints), nameof(IChatsEndpoints.UpdateAsync))] = UpdateChat,
        [(typeof(IChatsEndpoints), nameof(IChatsEndpoints.DeleteAsync))] = DeleteChat,
    };

    /// <summary>The operations of users' own Refit interfaces (<c>AddOmnideskApi</c>), made once per method.</summary>
    private static readonly ConcurrentDictionary<(Type, string), OmnideskOperation> Others = new();

    /// <summary>
    /// The operation of a request a Refit client made: the SDK's own by its interface and method; for a user's
    /// interface, <c>ITicketsApi.GetTicketAsync</c> with the rule of its verb (GET, HEAD and OPTIONS are retried on
    /// any transient failure, others only when the server did not take them). <see langword="null"/> for a request
    /// no Refit client made.
    /// </summary>
    public static OmnideskOperation? Of(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(InterfaceKey, out var api) || !request.Options.TryGetValue(MethodKey, out var method))
        {
            return null;
        }

        if (ByEndpoint.TryGetValue((api, method), out var own))
        {
            return own;
        }

        request.Options.TryGetValue(TemplateKey, out var template);
        return Others.GetOrAdd((api, method), static (key, args) => new OmnideskOperation(
            key.Item1.Name + "." + key.Item2,
            args.Verb,
            OmnideskApi.Account,
            args.Template?.TrimStart('/') ?? string.Empty,
            args.Verb == HttpMethod.Get || args.Verb == HttpMethod.Head || args.Verb == HttpMethod.Options ? AnyTransientFailure : OnlyWhenNotProcessed),
            (Verb: request.Method, Template: template));
    }
}
