using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>The v2 POST requestChatConfig and the chat service's GET requestChatConfig, with the agents-available check.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChatConfigTests
{
    private const string ServerToken = "emulatorServerToken01";

    [Test]
    public async Task RequestChatConfig_FromOptions_PostsServerAndTokenAndReadsTheConfig()
    {
        await using var host = await ChatTestHost.StartAsync();

        var config = await host.Api.RequestChatConfigAsync();

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/requestChatConfig",
            ("chatServer", ChatTestHost.ChatServer),
            ("chatAccountToken", Wire.AccountToken));
        Assert.That(config.Message, Is.EqualTo("start instructions"));
        Assert.That(config.Config!.HeaderColor, Is.EqualTo("#18e2ae"));
        Assert.That(config.Config.StartButtonColor, Is.EqualTo("#232541"));
        Assert.That(config.Config.PlaceholderEmailAddress, Is.EqualTo("name@domain.com"));
        Assert.That(config.Instructions.Select(i => i.Type), Is.EqualTo(new[] { InstructionType.PhoneNumber, InstructionType.ShowTeam }));
        Assert.That(config.AreAgentsAvailable, Is.True);
    }

    [Test]
    public async Task RequestChatConfig_ValuesOnTheRequest_OverrideTheOptions()
    {
        await using var host = await ChatTestHost.StartAsync(options => options.ChatServer = null);

        await host.Api.RequestChatConfigAsync(new ChatConfigRequest { ChatServer = "chat.example.org", ChatAccountToken = Wire.AccountToken });

        Assert.That(host.SingleRequest.Form["chatServer"], Is.EqualTo("chat.example.org"));
        Assert.That(host.SingleRequest.ResponseStatus, Is.EqualTo(200));
    }

    [Test]
    public async Task GetChatConfig_FromOptions_GetsTheChatServiceWithBothTokensInTheQuery()
    {
        await using var host = await ChatTestHost.StartAsync();

        var config = await host.Api.GetChatConfigAsync();

        var request = host.SingleRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo("/requestChatConfig"));
            Assert.That(request.QueryString, Is.EqualTo($"?chatAccountToken={Wire.AccountToken}&chatServerToken={ServerToken}"));
            Assert.That(request.Headers.ContainsKey("apiKey"), Is.False, "the chat service is authenticated by the tokens only");
            Assert.That(request.ContentType, Is.Null);
        });
        Assert.That(config.Config!.AgentTypingText, Is.EqualTo("Agent typing.."));
        Assert.That(config.Config.ShowSurveyAfterChat, Is.Null);
    }

    [Test]
    public async Task GetChatConfig_TokensAsArguments_OverrideTheOptions()
    {
        await using var host = await ChatTestHost.StartAsync(options =>
        {
            options.ChatAccountToken = null;
            options.ChatServerToken = null;
        });

        await host.Api.GetChatConfigAsync(new ChatServiceTokens { ChatAccountToken = Wire.AccountToken, ChatServerToken = ServerToken });

        Assert.That(host.SingleRequest.QueryString, Is.EqualTo($"?chatAccountToken={Wire.AccountToken}&chatServerToken={ServerToken}"));
        Assert.That(host.SingleRequest.ResponseStatus, Is.EqualTo(200));
    }

    [Test]
    public async Task AreAgentsAvailable_AgentsOnline_IsTrue()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.AgentsAvailable = true;

        Assert.That(await host.Api.AreAgentsAvailableAsync(), Is.True);
    }

    [Test]
    public async Task AreAgentsAvailable_NoAgents_IsFalseBecauseOfTheHideInstruction()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.Emulator.AgentsAvailable = false;

        var available = await host.Api.AreAgentsAvailableAsync();
        var config = await host.Api.GetChatConfigAsync();

        Assert.That(available, Is.False);
        Assert.That(config.Instructions[0].Type, Is.EqualTo(InstructionType.HideReasonNoAgentsAvailable));
        Assert.That(host.Emulator.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/requestChatConfig", "/requestChatConfig" }));
    }
}
