using System.Net;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Validation;

[Parallelizable(ParallelScope.All)]
public sealed class AuthTests
{
    private const string Unauthorized = "Invalid API key";

    [TestCase(null)]
    [TestCase("wrong-key")]
    public async Task V2Endpoint_MissingOrWrongApiKey_Answers401(string? apiKey)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/chat/requestChatQueue")
        {
            Content = Wire.Multipart(ValidRequests.Fields(EmulatorEndpoint.RequestChatQueue)),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("apiKey", apiKey);
        }

        using var response = await http.SendAsync(request);

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((401, Unauthorized)));
    }

    [Test]
    public async Task V2Endpoint_ApiKeyInQuery_IsAccepted()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        using var response = await http.GetAsync(
            "api/v2/chat/whitelistedDomainsAndBlacklistedIPs?apiKey=" + emulator.Options.ApiKey);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task V2Endpoint_NoApiKeyConfigured_NeedsNone()
    {
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { ApiKey = null });
        using var http = Wire.Client(emulator);

        using var response = await http.GetAsync("api/v2/chat/whitelistedDomainsAndBlacklistedIPs");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Chatbot_WrongApiKey_Answers401()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/message/chatbot")
        {
            Content = Wire.Multipart(ValidRequests.Fields(EmulatorEndpoint.CreateChatbotLog)),
        };
        request.Headers.Add("apiKey", "nope");

        using var response = await http.SendAsync(request);

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((401, Unauthorized)));
        Assert.That(emulator.State.ChatbotLogs, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("wrong-key")]
    [TestCase("Bearer emulator-chats-key-0001")]
    public async Task V1Endpoint_MissingOrWrongAuthorization_Answers401(string? authorization)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/chats");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("authorization", authorization);
        }

        using var response = await http.SendAsync(request);

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((401, Unauthorized)));
    }

    [Test]
    public async Task V1Endpoint_NoChatsKeyConfigured_NeedsNone()
    {
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { ChatsApiKey = null });
        using var http = Wire.Client(emulator);

        using var response = await http.GetAsync("api/v1/chats");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase(EmulatorEndpoint.RequestChatConfig)]
    [TestCase(EmulatorEndpoint.NotifyUserNewChatMessage)]
    [TestCase(EmulatorEndpoint.CheckOriginAndIp)]
    [TestCase(EmulatorEndpoint.RequestChatQueue)]
    public async Task V2Endpoint_WellFormedButWrongChatAccountToken_Answers401WithoutTheToken(EmulatorEndpoint endpoint)
    {
        const string wrongToken = "someOtherToken99";
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        var fields = ValidRequests.Fields(endpoint);
        fields["chatAccountToken"] = wrongToken;
        using var request = ValidRequests.For(endpoint, Guid.Empty);
        request.Content = Wire.Multipart(fields);

        using var response = await http.SendAsync(request);

        var (status, message) = await Wire.ErrorOf(response);
        Assert.That((status, message), Is.EqualTo((401, "Invalid chat account token")));
        Assert.That(emulator.State.Sessions, Is.Empty);
    }

    [Test]
    public async Task AddAttachment_WrongChatAccountToken_Answers401()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer);
        using var http = Wire.Client(emulator);
        var content = new MultipartFormDataContent { { Wire.File([1]), "file", "a.png" } };
        var query = $"?chatServer=host.example&chatSessionID={Wire.SessionId}&chatAccountToken=someOtherToken99";

        using var response = await http.SendAsync(Wire.V2(HttpMethod.Post, "api/v2/chat/addAttachment" + query, content));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((401, "Invalid chat account token")));
        Assert.That(emulator.State.Sessions.Single().Attachments, Is.Empty);
    }

    [TestCase("someOtherToken99", "emulatorServerToken01", "Invalid chat account token")]
    [TestCase("emulatorAccountToken01", "wrongServerToken", "Invalid chat server token")]
    public async Task ChatServiceRequestChatConfig_WrongToken_Answers401(string accountToken, string serverToken, string expected)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        using var response = await http.GetAsync($"requestChatConfig?chatAccountToken={accountToken}&chatServerToken={serverToken}");

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((401, expected)));
    }

    [Test]
    public async Task ChatServiceRequestChatConfig_NeedsNoApiKey()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        using var response = await http.GetAsync(
            $"requestChatConfig?chatAccountToken={emulator.Options.ChatAccountToken}&chatServerToken={emulator.Options.ChatServerToken}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
