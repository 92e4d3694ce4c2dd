using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.Resilience;

namespace Omnidesk.Chat.Client.Tests.Pipeline;

/// <summary>Every request says which SDK sent it, and the user may add their own product after it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class UserAgentTests
{
    private static readonly string Sdk = $"Omnidesk.Chat.Client/0.1.0 (.NET {Environment.Version})";

    [Test]
    public async Task EveryRequest_V2V1ChatServiceAndRetries_CarriesTheSdksUserAgent()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(503));

        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello"));
        await client.Chat.AreAgentsAvailableAsync();
        await client.Chats.ListAsync();

        var requests = client.Emulator.Requests;
        Assert.That(requests.Select(r => r.Endpoint), Is.EqualTo(new EmulatorEndpoint?[]
        {
            EmulatorEndpoint.NotifyUserNewChatMessage, EmulatorEndpoint.NotifyUserNewChatMessage,
            EmulatorEndpoint.ChatServiceRequestChatConfig, EmulatorEndpoint.ListChats,
        }));
        Assert.That(requests.Select(r => r.Headers["User-Agent"]), Has.All.EqualTo(Sdk));
    }

    [Test]
    public async Task UserAgentSuffix_Set_IsAppendedAfterTheSdksProduct()
    {
        await using var client = await EmulatedClient.StartAsync(options: o => o.UserAgentSuffix = "MyShop/2.1 (+https://shop.example)");

        await client.Chat.AreAgentsAvailableAsync();

        Assert.That(client.Emulator.Requests.Single().Headers["User-Agent"], Is.EqualTo($"{Sdk} MyShop/2.1 (+https://shop.example)"));
    }

    [TestCase("MyShop/2.1 (unclosed")]
    [TestCase("MyShop/2.1\r\nX-Injected: yes")]
    [TestCase("   ")]
    public void UserAgentSuffix_NotAProduct_FailsAtStartNamingTheKey(string suffix)
    {
        var services = new ServiceCollection();
        services.AddOmnideskChat(o =>
        {
            o.BaseAddress = new Uri("https://acme.omnidesk.com/");
            o.UserAgentSuffix = suffix;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<OmnideskChatOptions>>().Value)!;

        Assert.That(error.Message, Does.Contain("Omnidesk:UserAgentSuffix must be one or more User-Agent products such as MyShop/2.1"));
    }
}
