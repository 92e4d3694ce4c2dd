using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.Resilience;

namespace Omnidesk.Chat.Client.Tests.Diagnostics;

/// <summary>
/// A whole session with every log level on and every span recorded: the keys and tokens appear nowhere in what
/// a log sink or trace exporter would receive, nor in the exceptions the caller gets.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class RedactionTests
{
    [TestCase(ApiKeyLocation.Header)]
    [TestCase(ApiKeyLocation.Query)]
    public async Task FullScenario_TraceLoggingAndSpans_NeverShowAKeyOrToken(ApiKeyLocation apiKeyLocation)
    {
        var secrets = new Secrets();
        var logs = new FakeLogCollector();
        using var capture = new ActivityCapture();
        var emulatorOptions = new OmnideskEmulatorOptions
        {
            ApiKey = secrets.ApiKey,
            ChatsApiKey = secrets.ChatsApiKey,
            ChatAccountToken = secrets.ChatAccountToken,
            ChatServerToken = secrets.ChatServerToken,
        };
        await using var client = await EmulatedClient.StartAsync(
            options: o =>
            {
                o.ApiKeyLocation = apiKeyLocation;
                o.ChatServer = secrets.HookpointAddress;
            },
            logging: b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)),
            emulatorOptions: emulatorOptions);
        var errors = new List<Exception>();
        var chat = client.Chat;
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(503));
        client.Emulator.Faults.Next(EmulatorEndpoint.AddAttachment, 1, EmulatorFault.Status(429));

        await chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));
        await chat.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = "session-1", Event = ChatEventType.StartedTyping });
        using (var file = new MemoryStream("%PDF-1.4"u8.ToArray()))
        {
            await chat.AddAttachmentAsync(file, "invoice.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = "session-1" });
        }

        await chat.GetChatConfigAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.DropAfterProcessing());
        errors.Add(Assert.CatchAsync<OmnideskException>(() => chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Again")))!);
        client.Emulator.Faults.Next(EmulatorEndpoint.AddAttachment, 1, EmulatorFault.Status(401));
        using (var file = new MemoryStream("%PDF-1.4"u8.ToArray()))
        {
            errors.Add(Assert.CatchAsync<OmnideskException>(
                () => chat.AddAttachmentAsync(file, "invoice.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = "session-1" }))!);
        }

        var captured = logs.AllText()
            .Concat(capture.AllText())
            .Concat(errors.Select(e => e.ToString()))
            .Append(client.Services.GetRequiredService<IOptions<OmnideskChatOptions>>().Value.ToString())
            .Concat(RequestsCarrying(secrets).Select(request => request.ToString()!))
            .ToArray();

        Assert.That(logs.GetSnapshot().Select(e => e.Message), Has.Some.Contains("api/v2/chat/addAttachment"), "request addresses are logged, so the check below means something");
        Assert.That(capture.AllText(), Has.Some.StartsWith("url.full="), "HttpClient's own spans were recorded");
        Assert.That(client.Emulator.Requests.Where(r => r.Endpoint == EmulatorEndpoint.AddAttachment).Select(r => r.Query["chatAccountToken"].Single()), Has.All.EqualTo(secrets.ChatAccountToken), "the token did travel in the query");
        foreach (var (name, value) in secrets.All)
        {
            Assert.That(captured.Where(text => text.Contains(value, StringComparison.Ordinal)), Is.Empty, $"the {name} leaked");
        }
    }

    [TestCase("https://bot.example.com/omnidesk/hook123abc", "https://bot.example.com/(path not shown)")]
    [TestCase("bot.example.com/hooks/abc123", "bot.example.com/(path not shown)")]
    [TestCase("https://bot.example.com/", "https://bot.example.com/")]
    [TestCase("10.0.0.7:8080", "10.0.0.7:8080")]
    public void ToString_HookpointAddress_ShowsItWithoutItsPath(string chatServer, string shown)
    {
        var options = new OmnideskChatOptions { ChatServer = chatServer };
        var message = new NewChatMessage { ChatSessionId = "s-1", Message = "Hi", ChatServer = chatServer };

        Assert.That(options.ToString(), Does.Contain($"ChatServer = {shown}, "));
        Assert.That(message.ToString(), Does.Contain($"ChatServer = {shown}, "));
    }

    /// <summary>Every request model that can carry a token or a hookpoint address, carrying them.</summary>
    private static object[] RequestsCarrying(Secrets secrets) =>
    [
        new NewChatMessage { ChatSessionId = "s-1", Message = "Hi", ChatServer = secrets.HookpointAddress, ChatAccountToken = secrets.ChatAccountToken },
        new ChatEvent { ChatSessionId = "s-1", Event = ChatEventType.StartedTyping, ChatServer = secrets.HookpointAddress },
        new UserVisit { ChatSessionId = "s-1", Url = "https://www.brand.example.com/", ChatServer = secrets.HookpointAddress },
        new EndChat { ChatSessionId = "s-1", ChatServer = secrets.HookpointAddress },
        new AttachmentUpload { ChatSessionId = "s-1", ChatServer = secrets.HookpointAddress, ChatAccountToken = secrets.ChatAccountToken },
        new OriginCheck { Origin = "www.brand.example.com", Ip = "203.0.113.9", ChatServer = secrets.HookpointAddress, ChatAccountToken = secrets.ChatAccountToken },
        new ChatConfigRequest { ChatServer = secrets.HookpointAddress, ChatAccountToken = secrets.ChatAccountToken },
        new ChatQueueRequest { ChatAccountToken = secrets.ChatAccountToken },
        new ChatServiceTokens { ChatAccountToken = secrets.ChatAccountToken, ChatServerToken = secrets.ChatServerToken },
    ];

    private sealed class Secrets
    {
        public string ApiKey { get; } = "apikey" + Guid.NewGuid().ToString("N");

        public string ChatsApiKey { get; } = "chatskey" + Guid.NewGuid().ToString("N");

        public string ChatAccountToken { get; } = "account" + Guid.NewGuid().ToString("N");

        public string ChatServerToken { get; } = "server" + Guid.NewGuid().ToString("N");

        public string HookpointToken { get; } = "hook" + Guid.NewGuid().ToString("N");

        /// <summary>A hookpoint base whose path holds a secret token, as users protect their hookpoints.</summary>
        public string HookpointAddress => $"https://bot.example.com/omnidesk/{HookpointToken}";

        public IEnumerable<(string Name, string Value)> All =>
        [
            ("API key", ApiKey), ("chats API key", ChatsApiKey), ("chat account token", ChatAccountToken),
            ("chat server token", ChatServerToken), ("hookpoint token", HookpointToken),
        ];
    }
}
