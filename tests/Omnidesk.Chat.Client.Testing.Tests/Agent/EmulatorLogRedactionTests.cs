using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Agent;

/// <summary>
/// The emulator's own logs at Trace with scopes on: its Kestrel request lines show no API key from the query,
/// and its agent's entries show no hookpoint token from the consumer's chatServer path.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class EmulatorLogRedactionTests
{
    [Test]
    public async Task Logs_ApiKeyInTheQueryAndTokenInTheChatServer_NeverAppear()
    {
        const string hookpointToken = "Hk7Rt2Yq9Lp4Xc6Vb1Mz8Kd3Hf5Js0Ga2Qe";
        using var logs = new FakeLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var options = new OmnideskEmulatorOptions { ApiKey = "queryKey7f3a9c1e5b", LoggerFactory = loggerFactory };
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync(options);
        emulator.State.SeedSession("s-1", $"{listener.ChatServer}/{hookpointToken}");
        using var http = Wire.Client(emulator);

        using var withKey = await http.GetAsync($"api/v2/chat/whitelistedDomainsAndBlacklistedIPs?apiKey={options.ApiKey}");
        using var withTokens = await http.GetAsync($"requestChatConfig?chatAccountToken={options.ChatAccountToken}&chatServerToken={options.ChatServerToken}");
        var delivery = await emulator.Agent.EndSessionAsync("s-1");

        Assert.That((withKey.StatusCode, withTokens.StatusCode, delivery.StatusCode), Is.EqualTo((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.OK, 200)));
        Assert.That(listener.Received.Single().Path, Is.EqualTo($"/hooks/{hookpointToken}/endSession"), "the token did travel");
        var records = logs.Collector.GetSnapshot();
        var texts = records.Select(r => r.Message)
            .Concat(records.SelectMany(r => r.StructuredState ?? []).Select(p => p.Value ?? string.Empty))
            .Concat(records.SelectMany(r => r.Scopes).Select(s => s?.ToString() ?? string.Empty))
            .ToList();
        Assert.That(texts, Has.Some.Contains("apiKey=***"), "the request line is logged, the key masked");
        Assert.That(records.Select(r => r.Message), Has.Some.EqualTo($"Agent posted endSession to {listener.BaseAddress.GetLeftPart(UriPartial.Authority)} and got 200"));
        foreach (var secret in new[] { options.ApiKey, options.ChatAccountToken, options.ChatServerToken, hookpointToken })
        {
            Assert.That(texts.Where(t => t.Contains(secret, StringComparison.Ordinal)), Is.Empty, $"'{secret[..4]}…' leaked");
        }
    }
}
