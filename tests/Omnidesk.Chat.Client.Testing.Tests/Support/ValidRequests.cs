using System.Globalization;

namespace Omnidesk.Chat.Client.Testing.Tests.Support;

/// <summary>A valid request for each endpoint, as a client following docs/wire-format.md sends it.</summary>
internal static class ValidRequests
{
    public static readonly string Token = new OmnideskEmulatorOptions().ChatAccountToken;

    /// <summary>The valid form fields of a v2 endpoint (the chatbot included).</summary>
    public static Dictionary<string, string> Fields(EmulatorEndpoint endpoint, string sessionId = Wire.SessionId) => endpoint switch
    {
        EmulatorEndpoint.RequestChatConfig => new() { ["chatServer"] = Wire.ChatServer, ["chatAccountToken"] = Token },
        EmulatorEndpoint.NotifyUserNewChatMessage => new()
        {
            ["chatServer"] = Wire.ChatServer,
            ["chatSessionID"] = sessionId,
            ["chatAccountToken"] = Token,
            ["channelID"] = "8",
            ["message"] = "Hello, I need help",
            ["url"] = "https://www.brand.com/support",
            ["messageNumber"] = "1",
            ["usedPredefinedUserInput"] = "false",
            ["customerName"] = "Jane Doe",
            ["emailAddress"] = "jane@example.com",
            ["phoneNumber"] = "+31612345678",
        },
        EmulatorEndpoint.NotifyUserNewChatEvent => new()
        {
            ["chatServer"] = Wire.ChatServer, ["chatSessionID"] = sessionId, ["event"] = "startedtyping",
        },
        EmulatorEndpoint.NotifyUserVisited => new()
        {
            ["chatServer"] = Wire.ChatServer, ["chatSessionID"] = sessionId, ["url"] = "https://www.brand.com/pricing",
        },
        EmulatorEndpoint.NotifyUserEndChat => new() { ["chatServer"] = Wire.ChatServer, ["chatSessionID"] = sessionId },
        EmulatorEndpoint.CheckOriginAndIp => new()
        {
            ["chatServer"] = Wire.ChatServer, ["chatAccountToken"] = Token, ["origin"] = "www.brand.com", ["ip"] = "203.0.113.7",
        },
        EmulatorEndpoint.RequestChatQueue => new() { ["chatAccountToken"] = Token },
        EmulatorEndpoint.CreateChatbotLog => new()
        {
            ["from"] = "jane@example.com", ["subject"] = "Chatbot conversation", ["message"] = "**bot:** hi", ["brandID"] = "1",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not a v2 form endpoint."),
    };

    /// <summary>The addAttachment request of Omnidesk's Chat API reference: query fields and a multipart file part.</summary>
    public static HttpRequestMessage AddAttachment(byte[] bytes, string sessionId = Wire.SessionId)
    {
        var content = new MultipartFormDataContent { { Wire.File(bytes), "file", "photo.png" } };
        var query = $"?chatServer={Uri.EscapeDataString(Wire.ChatServer)}&chatSessionID={sessionId}&chatAccountToken={Token}";
        return Wire.V2(HttpMethod.Post, "api/v2/chat/addAttachment" + query, content);
    }

    /// <summary>A valid request for any endpoint; sessions and chats it needs must exist (see <see cref="Prepare"/>).</summary>
    public static HttpRequestMessage For(EmulatorEndpoint endpoint, Guid chatId) => endpoint switch
    {
        EmulatorEndpoint.AddAttachment => AddAttachment([1, 2, 3]),
        EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps => Wire.V2(HttpMethod.Get, "api/v2/chat/whitelistedDomainsAndBlacklistedIPs"),
        EmulatorEndpoint.CreateChatbotLog => Wire.V2(HttpMethod.Post, "api/v2/message/chatbot", Wire.Multipart(Fields(endpoint))),
        EmulatorEndpoint.ChatServiceRequestChatConfig => new HttpRequestMessage(
            HttpMethod.Get,
            $"requestChatConfig?chatAccountToken={Token}&chatServerToken={new OmnideskEmulatorOptions().ChatServerToken}"),
        EmulatorEndpoint.ListChats => Wire.V1(HttpMethod.Get, "api/v1/chats?pageSize=5"),
        EmulatorEndpoint.CreateChat => Wire.V1(
            HttpMethod.Post,
            "api/v1/chats",
            Wire.Json($$"""{"channelId":null,"ownerId":"{{EmulatorIds.OwnerId}}","title":"New chat"}""")),
        EmulatorEndpoint.GetChat => Wire.V1(HttpMethod.Get, $"api/v1/chats/{chatId}"),
        EmulatorEndpoint.UpdateChat => Wire.V1(HttpMethod.Patch, $"api/v1/chats/{chatId}", Wire.Json("""{"title":"Renamed"}""")),
        EmulatorEndpoint.DeleteChat => Wire.V1(HttpMethod.Delete, $"api/v1/chats/{chatId}"),
        EmulatorEndpoint.ListChatDetails => Wire.V1(HttpMethod.Get, "api/v1/chats/details"),
        EmulatorEndpoint.GetChatDetails => Wire.V1(HttpMethod.Get, $"api/v1/chats/{chatId}/details"),
        _ => Wire.V2(HttpMethod.Post, "api/v2/chat/" + PathOf(endpoint), Wire.Multipart(Fields(endpoint))),
    };

    /// <summary>Seeds the session <see cref="Wire.SessionId"/> and one chat; returns the chat's id.</summary>
    public static Guid Prepare(OmnideskEmulator emulator)
    {
        emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer);
        return emulator.State.SeedChats(1)[0].Id;
    }

    private static string PathOf(EmulatorEndpoint endpoint)
    {
        var name = endpoint.ToString();
        return endpoint == EmulatorEndpoint.CheckOriginAndIp
            ? "checkOriginAndIP"
            : char.ToLower(name[0], CultureInfo.InvariantCulture) + name[1..];
    }
}
