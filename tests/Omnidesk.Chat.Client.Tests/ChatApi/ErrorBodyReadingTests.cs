using System.Net;
using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>
/// How an error answer the emulator never sends is read into the exception's message: a JSON envelope with
/// nested objects or an empty message, a plain-text body, a body that says nothing (the status phrase then
/// speaks), and the hint that tells the caller what to do.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ErrorBodyReadingTests
{
    private static readonly NewChatMessage Hello = new() { ChatSessionId = "session-1", Message = "Hello" };

    [Test]
    public async Task ErrorEnvelopeWithNestedObjects_TheTopLevelMessageIsTheServersMessage()
    {
        const string body = """{"status":"error","details":{"message":"a nested message","fields":[{"message":"deeper"}]},"message":"chatSessionID is required."}""";
        await using var server = await AnswerServer.StartAsync(400, body);

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.Message, Is.EqualTo("notifyUserNewChatMessage failed with 400: chatSessionID is required."));
        Assert.That(error.ServerMessage, Is.EqualTo("chatSessionID is required."));
        Assert.That(error.ResponseBody, Is.EqualTo(body));
    }

    [Test]
    public async Task ErrorBodyEchoingTheHookpointAddressJsonEscaped_ShowsItsTokenNowhere()
    {
        // A PHP server writes "/" as "\/" in JSON: the address comes back not as it was sent.
        const string token = "HookpointToken0000000000000000Echo";
        var escaped = $"https:\\/\\/bot.example.com\\/omnidesk\\/{token}";
        await using var server = await AnswerServer.StartAsync(400, $$"""{"status":"error","message":"chatServer {{escaped}} is not reachable"}""");
        var message = Hello with { ChatServer = $"https://bot.example.com/omnidesk/{token}" };

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(message))!;

        Assert.That(error.ServerMessage, Is.EqualTo("chatServer *** is not reachable"), "the JSON reader unescapes it: the address is masked whole");
        Assert.That(error.ResponseBody, Does.Contain("omnidesk\\/***"), "the raw body keeps the escaping: the token is masked on its own");
        Assert.That(error.Message + error.ResponseBody, Does.Not.Contain(token));
    }

    [Test]
    public async Task ErrorEnvelopeWithAnEmptyMessage_SaysTheStatusPhraseInstead()
    {
        await using var server = await AnswerServer.StartAsync(400, """{"status":"error","message":""}""");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.Message, Is.EqualTo("notifyUserNewChatMessage failed with 400: Bad Request."));
        Assert.That(error.ServerMessage, Is.Null);
    }

    [Test]
    public async Task ErrorEnvelopeWhoseMessageIsNotText_SaysTheStatusPhraseInstead()
    {
        await using var server = await AnswerServer.StartAsync(404, """{"status":"error","message":{"text":"Not here"}}""");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.Message, Is.EqualTo("notifyUserNewChatMessage failed with 404: Not Found."));
    }

    [TestCase("upstream connect error", "upstream connect error.")]
    [TestCase("  The service is down!\r\n", "The service is down!")]
    [TestCase("Is the gateway up?", "Is the gateway up?")]
    public async Task PlainTextBody_IsTheServersMessage(string body, string said)
    {
        await using var server = await AnswerServer.StartAsync(502, body, "text/plain");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.Message, Is.EqualTo($"notifyUserNewChatMessage failed with 502: {said} The failure is on Omnidesk's side: try again later."));
        Assert.That(error.ServerMessage, Is.EqualTo(body.Trim()));
        Assert.That(error.ResponseBody, Is.EqualTo(body));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
    }

    [TestCase("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", "text/html", TestName = "BodyThatIsNoMessage_SaysTheStatusPhrase(an HTML page)")]
    [TestCase("line one\nline two", "text/plain", TestName = "BodyThatIsNoMessage_SaysTheStatusPhrase(several lines of text)")]
    [TestCase("[\"error\"]", "application/json", TestName = "BodyThatIsNoMessage_SaysTheStatusPhrase(a JSON array)")]
    [TestCase("{\"error\":true}", "application/json", TestName = "BodyThatIsNoMessage_SaysTheStatusPhrase(a JSON object without a message)")]
    [TestCase("{\"status\":\"error\",", "application/json", TestName = "BodyThatIsNoMessage_SaysTheStatusPhrase(a broken JSON object)")]
    [TestCase(" \r\n ", "text/plain", TestName = "BodyThatIsNoMessage_SaysTheStatusPhrase(white space)")]
    public async Task BodyThatIsNoMessage_SaysTheStatusPhrase(string body, string contentType)
    {
        await using var server = await AnswerServer.StartAsync(503, body, contentType);

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;

        Assert.That(error.Message, Is.EqualTo("whitelistedDomainsAndBlacklistedIPs failed with 503: Service Unavailable. The failure is on Omnidesk's side: try again later."));
        Assert.That(error.ServerMessage, Is.Null);
        Assert.That(error.ResponseBody, Is.EqualTo(body));
    }

    [Test]
    public async Task PlainTextBodyLongerThanAMessage_SaysTheStatusPhraseAndKeepsTheFirst4096Bytes()
    {
        var body = new string('x', 5000);
        await using var server = await AnswerServer.StartAsync(500, body, "text/plain");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.Message, Is.EqualTo("notifyUserNewChatMessage failed with 500: Internal Server Error. The failure is on Omnidesk's side: try again later."));
        Assert.That(error.ResponseBody, Is.EqualTo(body[..4096]));
    }

    [Test]
    public async Task PlainTextBodyOf200Characters_IsStillTheServersMessage()
    {
        var body = new string('y', 199) + ".";
        await using var server = await AnswerServer.StartAsync(400, body, "text/plain");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.ServerMessage, Is.EqualTo(body));
        Assert.That(error.Message, Is.EqualTo($"notifyUserNewChatMessage failed with 400: {body}"));
    }

    [TestCase(400, "Bad Request.")]
    [TestCase(404, "Not Found.")]
    [TestCase(409, "Conflict.")]
    [TestCase(500, "Internal Server Error. The failure is on Omnidesk's side: try again later.")]
    [TestCase(502, "Bad Gateway. The failure is on Omnidesk's side: try again later.")]
    [TestCase(503, "Service Unavailable. The failure is on Omnidesk's side: try again later.")]
    [TestCase(504, "Gateway Timeout. The failure is on Omnidesk's side: try again later.")]
    public async Task EmptyErrorBody_SaysTheStatusPhrase(int status, string said)
    {
        await using var server = await AnswerServer.StartAsync(status, string.Empty);

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.Message, Is.EqualTo($"notifyUserNewChatMessage failed with {status}: {said}"));
        Assert.That(error.ServerMessage, Is.Null);
        Assert.That(error.ResponseBody, Is.Null);
        Assert.That((int)error.StatusCode, Is.EqualTo(status));
    }

    [Test]
    public async Task Status429_SaysToSlowDown()
    {
        await using var server = await AnswerServer.StartAsync(429, """{"status":"error","message":"Rate limit exceeded"}""");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.Message, Is.EqualTo(
            "notifyUserNewChatMessage failed with 429: Rate limit exceeded. Omnidesk is limiting the request rate: slow down and try again later."));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(server.Requests, Is.EqualTo(1));
    }

    [Test]
    public async Task Status429WithoutABody_SaysTooManyRequestsAndToSlowDown()
    {
        await using var server = await AnswerServer.StartAsync(429, string.Empty);

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chats.ListAsync())!;

        Assert.That(error.Message, Is.EqualTo(
            "chats.list failed with 429: Too Many Requests. Omnidesk is limiting the request rate: slow down and try again later."));
    }

    [TestCase(401, "Unauthorized")]
    [TestCase(403, "Forbidden")]
    public async Task RefusedCredentials_OnTheV2Api_NameTheApiKey(int status, string phrase)
    {
        await using var server = await AnswerServer.StartAsync(status, string.Empty);

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.NotifyUserNewChatMessageAsync(Hello))!;

        Assert.That(error.Message, Is.EqualTo(
            $"notifyUserNewChatMessage failed with {status}: {phrase}. Check Omnidesk:ApiKey (a key with the API_CHAT permission) and the chat account token."));
    }

    [TestCase(401, "Unauthorized")]
    [TestCase(403, "Forbidden")]
    public async Task RefusedCredentials_OnTheV1ChatsApi_NameTheChatsApiKey(int status, string phrase)
    {
        await using var server = await AnswerServer.StartAsync(status, string.Empty);

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chats.ListAsync())!;

        Assert.That(error.Message, Is.EqualTo(
            $"chats.list failed with {status}: {phrase}. Check Omnidesk:ChatsApiKey (or Omnidesk:ApiKey): it is sent in the authorization header."));
    }

    [TestCase(401, "Unauthorized")]
    [TestCase(403, "Forbidden")]
    public async Task RefusedCredentials_OnTheChatService_NameTheChatServiceTokens(int status, string phrase)
    {
        await using var server = await AnswerServer.StartAsync(status, string.Empty);

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.GetChatConfigAsync())!;

        Assert.That(error.Message, Is.EqualTo(
            $"chatService.requestChatConfig failed with {status}: {phrase}. Check Omnidesk:ChatAccountToken and Omnidesk:ChatServerToken."));
    }

    [TestCase("""{"status":"error","message":"Session closed"}""", TestName = "SuccessStatusWhoseBodySaysError_Throws(status)")]
    [TestCase("""{"type":"error","message":"Session closed"}""", TestName = "SuccessStatusWhoseBodySaysError_Throws(type)")]
    [TestCase("""{"message":"Session closed","result":"error"}""", TestName = "SuccessStatusWhoseBodySaysError_Throws(result, after the message)")]
    public async Task SuccessStatusWhoseBodySaysError_Throws(string body)
    {
        await using var server = await AnswerServer.StartAsync(200, body);

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;

        Assert.That(error.Message, Is.EqualTo("whitelistedDomainsAndBlacklistedIPs failed: Omnidesk answered 200 but its body says error: Session closed."));
        Assert.That(error.ServerMessage, Is.EqualTo("Session closed"));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(error.ResponseBody, Is.EqualTo(body));
    }

    [TestCase("""{"status":"error"}""", TestName = "SuccessStatusWhoseBodySaysErrorWithoutSayingWhy_Throws(no message)")]
    [TestCase("""{"status":"error","message":""}""", TestName = "SuccessStatusWhoseBodySaysErrorWithoutSayingWhy_Throws(empty message)")]
    public async Task SuccessStatusWhoseBodySaysErrorWithoutSayingWhy_Throws(string body)
    {
        await using var server = await AnswerServer.StartAsync(200, body);

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync())!;

        Assert.That(error.Message, Is.EqualTo("whitelistedDomainsAndBlacklistedIPs failed: Omnidesk answered 200 but its body says error: (no message)."));
        Assert.That(error.ServerMessage, Is.Null);
    }

    [TestCase("""{"status":"ok","message":"error","whitelistedDomains":[]}""", TestName = "SuccessStatusWhoseBodyDoesNotSayError_IsAResult(a message that reads error)")]
    [TestCase("""{"status":{"value":"error"},"whitelistedDomains":[]}""", TestName = "SuccessStatusWhoseBodyDoesNotSayError_IsAResult(a verdict that is not text)")]
    [TestCase("""{"error":"error","whitelistedDomains":[]}""", TestName = "SuccessStatusWhoseBodyDoesNotSayError_IsAResult(an unknown field that reads error)")]
    public async Task SuccessStatusWhoseBodyDoesNotSayError_IsAResult(string body)
    {
        await using var server = await AnswerServer.StartAsync(200, body);

        var lists = await server.Chat.GetWhitelistedDomainsAndBlacklistedIpsAsync();

        Assert.That(lists.AdditionalProperties!["whitelistedDomains"].GetRawText(), Is.EqualTo("[]"));
    }
}
