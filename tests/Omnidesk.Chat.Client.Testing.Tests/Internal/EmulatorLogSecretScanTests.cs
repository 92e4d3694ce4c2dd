using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Internal;

/// <summary>
/// The secret scan of the emulator's logs: the SDK's own client drives it with the API key in the query, an
/// addAttachment (whose query carries the chatServer with the hookpoint token and the chat account token), the
/// chat-service config GET (both tokens in the query) and a wrong key, and the emulator's agent posts to the token's
/// hookpoint. At Trace with scopes captured, no line, state value, scope or exception shows a key or a token, and
/// the lines that carried them are there, masked.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class EmulatorLogSecretScanTests
{
    [Test]
    public async Task Logs_AtTraceWithScopes_ShowNoKeyOrTokenAndMaskTheRequestLinesThatCarriedThem()
    {
        var hookpointToken = OmnideskHookpointAddress.GenerateToken();
        const string wrongKey = "wrongKey5c8e1a7d3f9b";
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        await using var listener = await HookpointListener.StartAsync();
        var options = new OmnideskEmulatorOptions { ApiKey = "queryKey7f3a9c1e5b2d", LoggerFactory = loggerFactory };
        var emulator = await OmnideskEmulator.StartAsync(options);
        var chatServer = $"{listener.ChatServer}/{hookpointToken}";
        await using (var client = RealClient.For(emulator, chatServer, QueryKeyMode(emulator)))
        await using (var wrong = RealClient.For(emulator, chatServer, o => { QueryKeyMode(emulator)(o); o.ApiKey = wrongKey; }))
        {
            await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "s-1", Message = "Hello" });
            using var file = new MemoryStream([1, 2, 3]);
            await client.Chat.AddAttachmentAsync(file, "receipt.txt", "text/plain", new AttachmentUpload { ChatSessionId = "s-1" });
            await client.Chat.GetChatConfigAsync();
            await client.Chat.RequestChatQueueAsync();
            Assert.ThrowsAsync<OmnideskApiException>(() => wrong.Chat.RequestChatQueueAsync());
            var reply = await emulator.Agent.SendMessageAsync("s-1", "Hi, how can I help?");
            Assert.That(reply.StatusCode, Is.EqualTo(200));
        }

        // Stopping waits for the requests to finish, so their "Request finished" lines are in.
        await emulator.DisposeAsync();

        Assert.That(listener.Received.Single().Path, Is.EqualTo($"/hooks/{hookpointToken}/messageForCustomer"), "the token did travel");
        var records = logs.Collector.GetSnapshot();
        var messages = records.Select(r => r.Message).ToList();
        Assert.That(messages, Has.Some.Contains("Request starting").And.Contains("/api/v2/chat/addAttachment?").And.Contains("chatServer=***").And.Contains("chatAccountToken=***").And.Contains("apiKey=***"));
        Assert.That(messages, Has.Some.Contains("Request finished").And.Contains("/api/v2/chat/addAttachment?").And.Contains("chatServer=***"));
        Assert.That(messages, Has.Some.Contains("Request starting").And.Contains("/requestChatConfig?").And.Contains("chatServerToken=***"));
        Assert.That(messages, Has.Some.Contains("/api/v2/chat/requestChatQueue?apiKey=***"), "the wrong key's request is logged, masked");
        Assert.That(messages, Has.Some.StartsWith("Agent posted messageForCustomer to "));
        Assert.That(records.SelectMany(r => r.Scopes).Select(s => s?.ToString()), Has.Some.Contains("RequestPath:/api/v2/chat/addAttachment"), "scopes are captured");

        var texts = messages
            .Concat(records.SelectMany(r => r.StructuredState ?? []).Select(p => p.Value ?? string.Empty))
            .Concat(records.SelectMany(r => r.Scopes).SelectMany(ScopeTexts))
            .Concat(records.Select(r => r.Exception?.ToString() ?? string.Empty))
            .ToList();
        foreach (var secret in new[] { options.ApiKey, options.ChatAccountToken, options.ChatServerToken, hookpointToken, wrongKey })
        {
            Assert.That(texts.Where(t => t.Contains(secret, StringComparison.Ordinal)), Is.Empty, $"'{secret[..4]}…' leaked");
        }
    }

    private static Action<OmnideskChatOptions> QueryKeyMode(OmnideskEmulator emulator) => o =>
    {
        o.ApiKeyLocation = ApiKeyLocation.Query;
        o.ChatServiceAddress = emulator.ChatServiceAddress;
        o.ChatServerToken = emulator.Options.ChatServerToken;
    };

    /// <summary>A scope as a console formatter shows it, and each of its values.</summary>
    private static IEnumerable<string> ScopeTexts(object? scope) =>
        scope is IEnumerable<KeyValuePair<string, object?>> pairs
            ? [scope.ToString() ?? string.Empty, .. pairs.Select(p => p.Value?.ToString() ?? string.Empty)]
            : [scope?.ToString() ?? string.Empty];
}
