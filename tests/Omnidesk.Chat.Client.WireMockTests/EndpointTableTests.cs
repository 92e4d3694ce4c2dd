using System.Text.RegularExpressions;
using Omnidesk.Chat.Client.WireMockTests.Support;
using WireMock.RequestBuilders;
using static Omnidesk.Chat.Client.WireMockTests.Support.WireMockAccount;

namespace Omnidesk.Chat.Client.WireMockTests;

/// <summary>
/// The endpoint table (<c>src/Omnidesk.Chat.Client/Endpoints/</c>) as it reaches the wire: for each Refit method,
/// its verb, route, form field names in the order of Omnidesk's pages (docs/wire-format.md, the v2 table) and its
/// query keys in order, read from the raw request WireMock logged, every optional field set.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed partial class EndpointTableTests
{
    private const string Session = "session-42";
    private static readonly Guid ChatId = Guid.Parse("7d3f0c1e-2a4b-4c6d-8e0f-1a2b3c4d5e6f");
    private static readonly Guid OtherId = Guid.Parse("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");

    private static IEnumerable<TestCaseData> Endpoints()
    {
        yield return Case("requestChatConfig", "POST", "/api/v2/chat/requestChatConfig", "requestChatConfig", (chat, _) => chat.RequestChatConfigAsync(), form: ["chatServer", "chatAccountToken"]);
        yield return Case("notifyUserNewChatMessage", "POST", "/api/v2/chat/notifyUserNewChatMessage", "notifyUserNewChatMessage", (chat, _) => chat.NotifyUserNewChatMessageAsync(FullMessage.For(Session, "Hello")), form: ["chatServer", "chatSessionID", "chatAccountToken", "channelID", "message", "url", "messageNumber", "usedPredefinedUserInput", "additionalData", "externalAddressOverwrite", "customerName", "emailAddress", "phoneNumber"]);
        yield return Case("notifyUserNewChatEvent", "POST", "/api/v2/chat/notifyUserNewChatEvent", "notifyUserNewChatEvent", (chat, _) => chat.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = Session, Event = ChatEventType.StartedTyping }), form: ["chatServer", "chatSessionID", "event"]);
        yield return Case("notifyUserVisited", "POST", "/api/v2/chat/notifyUserVisited", "notifyUserVisited", (chat, _) => chat.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = Session, Url = "https://www.brand.com/" }), form: ["chatServer", "chatSessionID", "url"]);
        yield return Case("notifyUserEndChat", "POST", "/api/v2/chat/notifyUserEndChat", "notifyUserEndChat", (chat, _) => chat.NotifyUserEndChatAsync(new EndChat { ChatSessionId = Session }), form: ["chatServer", "chatSessionID"]);
        yield return Case("addAttachment", "POST", "/api/v2/chat/addAttachment", "addAttachment", (chat, _) => chat.AddAttachmentAsync(new MemoryStream("%PDF"u8.ToArray()), "a.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = Session }), form: ["file"], query: ["chatServer", "chatSessionID", "chatAccountToken"]);
        yield return Case("checkOriginAndIP", "POST", "/api/v2/chat/checkOriginAndIP", "checkOriginAndIP", (chat, _) => chat.CheckOriginAndIpAsync(new OriginCheck { Origin = "www.brand.com", Ip = "203.0.113.7" }), form: ["chatServer", "chatAccountToken", "origin", "ip"]);
        yield return Case("whitelistedDomainsAndBlacklistedIPs", "GET", "/api/v2/chat/whitelistedDomainsAndBlacklistedIPs", "whitelistedDomainsAndBlacklistedIPs", (chat, _) => chat.GetWhitelistedDomainsAndBlacklistedIpsAsync());
        yield return Case("requestChatQueue", "POST", "/api/v2/chat/requestChatQueue", "requestChatQueue", (chat, _) => chat.RequestChatQueueAsync(), form: ["chatAccountToken"]);
        yield return Case("chatbot", "POST", "/api/v2/message/chatbot", "chatbot", (chat, _) => chat.CreateChatbotLogAsync(new ChatbotLog { From = "jane.doe@example.com", Subject = "Refund", Message = "hi", BrandId = "3" }), form: ["from", "subject", "message", "brandID"]);
        yield return Case("chatService.requestChatConfig", "GET", "/chat-service/requestChatConfig", "requestChatConfig", (chat, _) => chat.GetChatConfigAsync(), query: ["chatAccountToken", "chatServerToken"]);
        yield return Case("chats.list", "GET", "/api/v1/chats", "chats", (_, chats) => chats.ListAsync(new ChatListQuery
        {
            ChannelIds = [ChatId, OtherId],
            ChannelTypes = [ChannelType.Widget],
            OwnerIds = [OtherId],
            ResponderIds = [OtherId],
            ResponderVersionIds = [OtherId],
            Search = "refund",
            LastChatMessageCreatedAtStart = DateTimeOffset.UnixEpoch,
            LastChatMessageCreatedAtEnd = DateTimeOffset.UnixEpoch,
            PageNumber = 2,
            PageSize = 5,
        }), query: ["channelIds", "channelIds", "channelTypes", "ownerIds", "responderIds", "responderVersionIds", "search", "lastChatMessageCreatedAtStart", "lastChatMessageCreatedAtEnd", "pageNumber", "pageSize"]);
        yield return Case("chats.listDetails", "GET", "/api/v1/chats/details", "chats-details", (_, chats) => chats.ListDetailsAsync(new ChatDetailsListQuery
        {
            ChannelIds = [ChatId],
            ResponderIds = [OtherId],
            ResponderVersionIds = [OtherId],
            Search = "refund",
            PageNumber = 1,
            PageSize = 10,
        }), query: ["channelIds", "responderIds", "responderVersionIds", "search", "pageNumber", "pageSize"]);
        yield return Case("chats.get", "GET", $"/api/v1/chats/{ChatId}", "chat", (_, chats) => chats.GetAsync(ChatId));
        yield return Case("chats.getDetails", "GET", $"/api/v1/chats/{ChatId}/details", "chat-details", (_, chats) => chats.GetDetailsAsync(ChatId, OtherId), query: ["responderVersionId"]);
        yield return Case("chats.create", "POST", "/api/v1/chats", "chat", (_, chats) => chats.CreateAsync(new CreateChatRequest { OwnerId = OtherId, ChannelId = ChatId, Title = "Order" }), json: ["channelId", "ownerId", "title"]);
        yield return Case("chats.update", "PATCH", $"/api/v1/chats/{ChatId}", "chat", (_, chats) => chats.UpdateAsync(ChatId, new UpdateChatRequest { Title = "Order", LastChatMessageCreatedAt = DateTimeOffset.UnixEpoch }), json: ["title", "lastChatMessageCreatedAt"]);
        yield return Case("chats.delete", "DELETE", $"/api/v1/chats/{ChatId}", "chat-deleted", (_, chats) => chats.DeleteAsync(ChatId));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Endpoint_OnTheWire_HasItsVerbRouteAndFieldsInTheDocumentsOrder(
        string method, string path, string fixture, Func<IOmnideskChatApi, IOmnideskChatsApi, Task> call, string[] form, string[] query, string[] json)
    {
        using var account = Start();
        account.Server.Given(Request.Create()).RespondWith(Fixture(fixture));

        await call(account.Chat, account.Chats);

        var request = account.Server.LogEntries.Single().RequestMessage;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo(method));
            Assert.That(request.Path, Is.EqualTo(path));
            Assert.That(QueryKeys(request.Url), Is.EqualTo(query), "query keys, in order");
            Assert.That(PartNames(request.Body), Is.EqualTo(form), "form parts, in order");
            Assert.That(JsonKeys(request.Headers!.TryGetValue("Content-Type", out var type) ? type.Single() : null, request.Body), Is.EqualTo(json), "JSON keys, in order");
        });
    }

    [Test]
    public async Task FormParts_AsThePlatformWritesThem_TextPartsTypedFilePartWithBothNames()
    {
        using var account = Start();
        account.Server.Given(Request.Create()).RespondWith(Fixture("addAttachment"));
        account.Server.Given(Request.Create().WithPath("/api/v2/chat/notifyUserEndChat")).RespondWith(Fixture("notifyUserEndChat"));

        await account.Chat.NotifyUserEndChatAsync(new EndChat { ChatSessionId = Session });
        await account.Chat.AddAttachmentAsync(new MemoryStream("%PDF"u8.ToArray()), "invoice 42.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = Session });

        var end = account.Server.LogEntries.Single(e => e.RequestMessage.Path.EndsWith("notifyUserEndChat", StringComparison.Ordinal)).RequestMessage;
        var upload = account.Server.LogEntries.Single(e => e.RequestMessage.Path.EndsWith("addAttachment", StringComparison.Ordinal)).RequestMessage;
        var boundary = end.Headers!["Content-Type"].Single()["multipart/form-data; boundary=".Length..];
        Assert.That(boundary, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(end.Body, Does.StartWith($"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=chatServer\r\n\r\n{ChatServer}\r\n"));
        Assert.That(upload.Body, Does.Contain("\r\nContent-Type: application/pdf\r\nContent-Disposition: form-data; name=file; filename=\"invoice 42.pdf\"; filename*=utf-8''invoice%2042.pdf\r\n\r\n%PDF\r\n"));
    }

    private static TestCaseData Case(string operation, string method, string path, string fixture, Func<IOmnideskChatApi, IOmnideskChatsApi, Task> call, string[]? form = null, string[]? query = null, string[]? json = null) =>
        new TestCaseData(method, path, fixture, call, form ?? [], query ?? [], json ?? []).SetArgDisplayNames(operation);

    private static string[] QueryKeys(string url) =>
        new Uri(url).Query.TrimStart('?') is { Length: > 0 } query ? [.. query.Split('&').Select(pair => Uri.UnescapeDataString(pair.Split('=')[0]))] : [];

    private static string[] PartNames(string? body) =>
        body is null ? [] : [.. PartName().Matches(body).Select(match => match.Groups[1].Value)];

    private static string[] JsonKeys(string? contentType, string? body) =>
        contentType?.StartsWith("application/json", StringComparison.Ordinal) == true && body is not null
            ? [.. System.Text.Json.JsonDocument.Parse(body).RootElement.EnumerateObject().Select(property => property.Name)]
            : [];

    [GeneratedRegex("Content-Disposition: form-data; name=\"?([A-Za-z]+)\"?")]
    private static partial Regex PartName();
}
