namespace Omnidesk.Chat.Client.Testing;

/// <summary>Maps a method and path to an <see cref="EmulatorEndpoint"/>; paths are matched case-insensitively.</summary>
internal static class RouteTable
{
    private static readonly Dictionary<string, (string Method, EmulatorEndpoint Endpoint)> FixedRoutes =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["/api/v2/chat/requestChatConfig"] = ("POST", EmulatorEndpoint.RequestChatConfig),
            ["/api/v2/chat/notifyUserNewChatMessage"] = ("POST", EmulatorEndpoint.NotifyUserNewChatMessage),
            ["/api/v2/chat/notifyUserNewChatEvent"] = ("POST", EmulatorEndpoint.NotifyUserNewChatEvent),
            ["/api/v2/chat/notifyUserVisited"] = ("POST", EmulatorEndpoint.NotifyUserVisited),
            ["/api/v2/chat/notifyUserEndChat"] = ("POST", EmulatorEndpoint.NotifyUserEndChat),
            ["/api/v2/message/notifyUserEndChat"] = ("POST", EmulatorEndpoint.NotifyUserEndChat),
            ["/api/v2/chat/addAttachment"] = ("POST", EmulatorEndpoint.AddAttachment),
            ["/api/v2/chat/checkOriginAndIP"] = ("POST", EmulatorEndpoint.CheckOriginAndIp),
            ["/api/v2/chat/whitelistedDomainsAndBlacklistedIPs"] = ("GET", EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps),
            ["/api/v2/chat/requestChatQueue"] = ("POST", EmulatorEndpoint.RequestChatQueue),
            ["/api/v2/message/chatbot"] = ("POST", EmulatorEndpoint.CreateChatbotLog),
            ["/requestChatConfig"] = ("GET", EmulatorEndpoint.ChatServiceRequestChatConfig),
            ["/api/v1/chats/details"] = ("GET", EmulatorEndpoint.ListChatDetails),
        };

    private const string ChatsPrefix = "/api/v1/chats";

    public static RouteMatch Match(string method, string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        if (FixedRoutes.TryGetValue(trimmed, out var route))
        {
            return string.Equals(method, route.Method, StringComparison.OrdinalIgnoreCase)
                ? new RouteMatch(route.Endpoint, null, true)
                : new RouteMatch(null, null, true);
        }

        if (string.Equals(trimmed, ChatsPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return method.ToUpperInvariant() switch
            {
                "GET" => new RouteMatch(EmulatorEndpoint.ListChats, null, true),
                "POST" => new RouteMatch(EmulatorEndpoint.CreateChat, null, true),
                _ => new RouteMatch(null, null, true),
            };
        }

        if (!trimmed.StartsWith(ChatsPrefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            return new RouteMatch(null, null, false);
        }

        var rest = trimmed[(ChatsPrefix.Length + 1)..].Split('/');
        return rest switch
        {
            [var id] => method.ToUpperInvariant() switch
            {
                "GET" => new RouteMatch(EmulatorEndpoint.GetChat, id, true),
                "PATCH" => new RouteMatch(EmulatorEndpoint.UpdateChat, id, true),
                "DELETE" => new RouteMatch(EmulatorEndpoint.DeleteChat, id, true),
                _ => new RouteMatch(null, null, true),
            },
            [var id, var details] when string.Equals(details, "details", StringComparison.OrdinalIgnoreCase)
                => string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase)
                    ? new RouteMatch(EmulatorEndpoint.GetChatDetails, id, true)
                    : new RouteMatch(null, null, true),
            _ => new RouteMatch(null, null, false),
        };
    }
}
