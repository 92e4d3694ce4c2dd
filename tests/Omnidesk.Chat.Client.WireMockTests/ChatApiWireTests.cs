using Omnidesk.Chat.Client.WireMockTests.Support;
using WireMock.RequestBuilders;
using static Omnidesk.Chat.Client.WireMockTests.Support.WireMockAccount;

namespace Omnidesk.Chat.Client.WireMockTests;

/// <summary>
/// The 12 calls of the v2 Chat API against stubs written from Omnidesk's "Chat" API page and integration guide (docs/wire-format.md): each request matched by
/// method, path, query, the <c>apiKey</c> header and every form field by name and value; each answer the
/// documents' own example.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChatApiWireTests
{
    private const string Session = "session-42";

    [Test]
    public async Task RequestChatConfig_PostsTheChatServerAndToken()
    {
        using var account = Start();
        account.Server.Given(V2Form("/api/v2/chat/requestChatConfig", ("chatServer", ChatServer), ("chatAccountToken", ChatAccountToken)))
            .RespondWith(Fixture("requestChatConfig"));

        var config = await account.CallAsync(() => account.Chat.RequestChatConfigAsync());

        Assert.That(config.Message, Is.EqualTo("start instructions"));
        Assert.That(config.Config!.HeaderColor, Is.EqualTo("#18e2ae"));
        Assert.That(config.Instructions.Select(i => i.Type.ToString()), Is.EqualTo(new[] { "hide_reason_no_agents_available", "phoneNumber", "show_team" }));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_PostsEveryDocumentedField()
    {
        using var account = Start();
        account.Server.Given(V2Form(
                "/api/v2/chat/notifyUserNewChatMessage",
                ("chatServer", ChatServer),
                ("chatSessionID", Session),
                ("chatAccountToken", ChatAccountToken),
                ("channelID", "8"),
                ("message", "Hello, I need help with order 1042"),
                ("url", "https://www.brand.com/support"),
                ("messageNumber", "1"),
                ("usedPredefinedUserInput", "false"),
                ("additionalData", "orderId=1042"),
                ("externalAddressOverwrite", "jane.doe@example.com"),
                ("customerName", "Jane Doe"),
                ("emailAddress", "jane.doe@example.com"),
                ("phoneNumber", "+31612345678")))
            .RespondWith(Fixture("notifyUserNewChatMessage"));

        var result = await account.CallAsync(() => account.Chat.NotifyUserNewChatMessageAsync(FullMessage.For(Session, "Hello, I need help with order 1042")));

        Assert.That(result.Type, Is.EqualTo("result"));
        Assert.That(result.Message, Is.EqualTo("Message sent."));
        Assert.That(result.TicketId, Is.EqualTo(12312));
    }

    [Test]
    public async Task NotifyUserNewChatEvent_PostsTheEventInLowerCase()
    {
        using var account = Start();
        account.Server.Given(V2Form("/api/v2/chat/notifyUserNewChatEvent", ("chatServer", ChatServer), ("chatSessionID", Session), ("event", "startedtyping")))
            .RespondWith(Fixture("notifyUserNewChatEvent"));

        var result = await account.CallAsync(() => account.Chat.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = Session, Event = ChatEventType.StartedTyping }));

        Assert.That(result.Message, Is.EqualTo("Event sent."));
    }

    [Test]
    public async Task NotifyUserVisited_PostsTheUrl()
    {
        using var account = Start();
        account.Server.Given(V2Form("/api/v2/chat/notifyUserVisited", ("chatServer", ChatServer), ("chatSessionID", Session), ("url", "https://www.brand.com/pricing")))
            .RespondWith(Fixture("notifyUserVisited"));

        var result = await account.CallAsync(() => account.Chat.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = Session, Url = "https://www.brand.com/pricing" }));

        Assert.That(result.Message, Is.EqualTo("Visit registered."));
    }

    [Test]
    public async Task NotifyUserEndChat_PostsOn000sPath()
    {
        using var account = Start();
        account.Server.Given(V2Form("/api/v2/chat/notifyUserEndChat", ("chatServer", ChatServer), ("chatSessionID", Session)))
            .RespondWith(Fixture("notifyUserEndChat"));

        var result = await account.CallAsync(() => account.Chat.NotifyUserEndChatAsync(new EndChat { ChatSessionId = Session }));

        Assert.That(result.Message, Is.EqualTo("Session ended."));
    }

    [Test]
    public async Task AddAttachment_PutsTheSessionInTheQueryAndTheFileInThePart()
    {
        using var account = Start();
        var bytes = "%PDF-1.7 statement"u8.ToArray();
        account.Server.Given(Request.Create().UsingPost().WithPath("/api/v2/chat/addAttachment")
                .WithHeader("apiKey", ApiKey)
                .WithParam("chatServer", ChatServer)
                .WithParam("chatSessionID", Session)
                .WithParam("chatAccountToken", ChatAccountToken)
                .WithMultiPart(FilePart("statement.pdf", "application/pdf", bytes)))
            .RespondWith(Fixture("addAttachment"));

        using var file = new MemoryStream(bytes);
        var result = await account.CallAsync(() => account.Chat.AddAttachmentAsync(file, "statement.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = Session }));

        Assert.That(result.Message, Is.EqualTo("Attachment uploaded."));
        Assert.That((result.TicketId, result.MessageId), Is.EqualTo((12312L, 4L)));
    }

    [Test]
    public async Task CheckOriginAndIp_PostsTheOriginAndIp()
    {
        using var account = Start();
        account.Server.Given(V2Form("/api/v2/chat/checkOriginAndIP", ("chatServer", ChatServer), ("chatAccountToken", ChatAccountToken), ("origin", "www.brand.com"), ("ip", "203.0.113.7")))
            .RespondWith(Fixture("checkOriginAndIP"));

        var result = await account.CallAsync(() => account.Chat.CheckOriginAndIpAsync(new OriginCheck { Origin = "www.brand.com", Ip = "203.0.113.7" }));

        Assert.That(result.Message, Is.EqualTo("Origin and IP allowed."));
    }

    [Test]
    public async Task GetWhitelistedDomainsAndBlacklistedIps_IsAGetWithTheApiKey()
    {
        using var account = Start();
        account.Server.Given(Request.Create().UsingGet().WithPath("/api/v2/chat/whitelistedDomainsAndBlacklistedIPs").WithHeader("apiKey", ApiKey))
            .RespondWith(Fixture("whitelistedDomainsAndBlacklistedIPs"));

        var lists = await account.CallAsync(() => account.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync());

        Assert.That(lists.AdditionalProperties!["whitelistedDomains"].GetRawText(), Is.EqualTo("""["www.brand.com"]"""));
    }

    [Test]
    public async Task RequestChatQueue_PostsTheToken()
    {
        using var account = Start();
        account.Server.Given(V2Form("/api/v2/chat/requestChatQueue", ("chatAccountToken", ChatAccountToken)))
            .RespondWith(Fixture("requestChatQueue"));

        var queue = await account.CallAsync(() => account.Chat.RequestChatQueueAsync());

        Assert.That(queue.Message, Is.EqualTo("Chat queue."));
    }

    [Test]
    public async Task CreateChatbotLog_PostsTo001sMessagePath()
    {
        using var account = Start();
        account.Server.Given(V2Form("/api/v2/message/chatbot", ("from", "jane.doe@example.com"), ("subject", "Refund"), ("message", "**bot:** hi\n**jane:** refund please"), ("brandID", "3")))
            .RespondWith(Fixture("chatbot"));

        var result = await account.CallAsync(() => account.Chat.CreateChatbotLogAsync(new ChatbotLog { From = "jane.doe@example.com", Subject = "Refund", Message = "**bot:** hi\n**jane:** refund please", BrandId = "3" }));

        Assert.That((result.Result, result.Message), Is.EqualTo(("success", "Chatbot ticket created.")));
    }

    [Test]
    public async Task GetChatConfig_IsAGetOnTheChatServiceWithBothTokensInTheQuery()
    {
        using var account = Start();
        account.Server.Given(Request.Create().UsingGet().WithPath("/chat-service/requestChatConfig")
                .WithParam("chatAccountToken", ChatAccountToken)
                .WithParam("chatServerToken", ChatServerToken))
            .RespondWith(Fixture("requestChatConfig"));

        var config = await account.CallAsync(() => account.Chat.GetChatConfigAsync());

        Assert.That(config.Config!.AgentTypingText, Is.EqualTo("Agent typing.."));
        Assert.That(account.Server.LogEntries.Single().RequestMessage.Headers!.ContainsKey("apiKey"), Is.False, "the chat service takes no API key");
    }

    [Test]
    public async Task AreAgentsAvailable_WithTheNoAgentsInstruction_IsFalse()
    {
        using var account = Start();
        account.Server.Given(Request.Create().UsingGet().WithPath("/chat-service/requestChatConfig")
                .WithParam("chatAccountToken", ChatAccountToken)
                .WithParam("chatServerToken", ChatServerToken))
            .RespondWith(Fixture("requestChatConfig"));

        var available = await account.CallAsync(() => account.Chat.AreAgentsAvailableAsync());

        Assert.That(available, Is.False, "the integration guide's example holds hide_reason_no_agents_available");
    }
}
