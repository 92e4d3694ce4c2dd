using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>Every documented rule of the account calls, the chatbot log and the chat service, refused before any I/O.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AccountValidationTests
{
    private const string Required = "a value is required but none was given.";

    public static IEnumerable<ValidationCase> Cases()
    {
        yield return new("config chatServer on neither request nor options", api => api.RequestChatConfigAsync(),
            "chatServer", "required", "none was given: set ChatServer on the request, or Omnidesk:ChatServer in the configuration.",
            options => options.ChatServer = null);
        yield return new("config chatAccountToken too short", api => api.RequestChatConfigAsync(new ChatConfigRequest { ChatAccountToken = "abc" }),
            "chatAccountToken", "^[a-zA-Z0-9]+$, at least 10 characters", "it is 3 characters long; at least 10 are required.");
        yield return new("origin as a URL", api => api.CheckOriginAndIpAsync(new OriginCheck { Origin = "https://www.brand.com" }),
            "origin", "^[a-zA-Z0-9.-]+$", "':' at position 6 is not allowed.");
        yield return new("origin missing", api => api.CheckOriginAndIpAsync(new OriginCheck { Origin = "" }),
            "origin", "required", Required);
        yield return new("ip blank", api => api.CheckOriginAndIpAsync(new OriginCheck { Origin = "www.brand.com", Ip = " " }),
            "ip", "required", "it is blank.");
        yield return new("origin check chatServer invalid", api => api.CheckOriginAndIpAsync(new OriginCheck { Origin = "www.brand.com", ChatServer = "bot example" }),
            "chatServer", "^[a-zA-Z0-9.:/-]+$, at least 5 characters", "'U+0020' at position 4 is not allowed.");
        yield return new("queue chatAccountToken on neither request nor options", api => api.RequestChatQueueAsync(),
            "chatAccountToken", "required", "none was given: set ChatAccountToken on the request, or Omnidesk:ChatAccountToken in the configuration.",
            options => options.ChatAccountToken = null);
        yield return new("chatbot from not an e-mail address", api => api.CreateChatbotLogAsync(Log() with { From = "zoe@example" }),
            "from", "an e-mail address", "it is not an e-mail address of the form name@domain.tld.");
        yield return new("chatbot from not a phone number", api => api.CreateChatbotLogAsync(Log() with { From = "06-1234" }),
            "from", @"^\+?[0-9]+$", "'-' at position 3 is not allowed.");
        yield return new("chatbot from missing", api => api.CreateChatbotLogAsync(Log() with { From = null! }),
            "from", "required", Required);
        yield return new("chatbot subject blank", api => api.CreateChatbotLogAsync(Log() with { Subject = "" }),
            "subject", "required", Required);
        yield return new("chatbot message blank", api => api.CreateChatbotLogAsync(Log() with { Message = " " }),
            "message", "required", Required);
        yield return new("chat service chatServerToken on neither tokens nor options", api => api.GetChatConfigAsync(),
            "chatServerToken", "required", "none was given: set ChatServerToken on the request, or Omnidesk:ChatServerToken in the configuration.",
            options => options.ChatServerToken = null);
        yield return new("chat service chatServerToken with '-' (value not shown)", api => api.AreAgentsAvailableAsync(new ChatServiceTokens { ChatServerToken = "bad-token" }),
            "chatServerToken", "^[a-zA-Z0-9]+$", "it contains a character that is not allowed (position 4).");
        yield return new("chat service chatAccountToken too short", api => api.GetChatConfigAsync(new ChatServiceTokens { ChatAccountToken = "abc" }),
            "chatAccountToken", "^[a-zA-Z0-9]+$, at least 10 characters", "it is 3 characters long; at least 10 are required.");
    }

    [TestCaseSource(nameof(Cases))]
    public Task AccountCall_BrokenRule_ThrowsValidationExceptionAndSendsNothing(ValidationCase rule) => rule.AssertRefusedAsync();

    [Test]
    public async Task AccountCalls_NullRequest_ThrowArgumentNullException()
    {
        await using var host = await ChatTestHost.StartAsync();

        Assert.ThrowsAsync<ArgumentNullException>(() => host.Api.CheckOriginAndIpAsync(null!));
        Assert.ThrowsAsync<ArgumentNullException>(() => host.Api.CreateChatbotLogAsync(null!));
        Assert.ThrowsAsync<ArgumentNullException>(() => OmnideskChatApiExtensions.AreAgentsAvailableAsync(null!));
        Assert.That(host.Emulator.Requests, Is.Empty);
    }

    private static ChatbotLog Log() => new() { From = "zoe@example.com", Subject = "Bot", Message = "Transcript" };
}
