using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// Microsoft's standard resilience handler retries every POST on a 500 or a timeout, so it would send a chat
/// message twice: given to every client, it is left off the Omnidesk clients; chained onto them, it is refused.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class StandardHandlerGuardTests
{
    [TestCase(true, TestName = "StandardHandlerForEveryClient_AddedBefore_IsLeftOffAndAMessageIsSentOnce")]
    [TestCase(false, TestName = "StandardHandlerForEveryClient_AddedAfter_IsLeftOffAndAMessageIsSentOnce")]
    public async Task StandardHandlerForEveryClient_IsLeftOff(bool before)
    {
        void AddDefaults(IServiceCollection services) => services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        await using var client = await EmulatedClient.StartAsync(moreServices: services =>
        {
            if (!before)
            {
                AddDefaults(services);
            }
        }, beforeSdk: before ? AddDefaults : null);
        client.Emulator.Faults.Next(EmulatorEndpoint.NotifyUserNewChatMessage, 1, EmulatorFault.Status(500));

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Hello")))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(client.RequestsTo(EmulatorEndpoint.NotifyUserNewChatMessage), Is.EqualTo(1), "a 500 may come after the message was stored");
    }

    [Test]
    public void StandardHandlerChainedOntoTheOmnideskClients_IsRefusedWhenTheClientIsCreated()
    {
        var services = new ServiceCollection();
        services.AddOmnideskChat(o => o.BaseAddress = new Uri("https://account.example.com/")).AddStandardResilienceHandler();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOmnideskChatApi>())!;

        Assert.That(error.Message, Does.StartWith("The HttpClient 'Omnidesk.Chat.Client' of the Omnidesk clients has a second resilience handler (such as AddStandardResilienceHandler())."));
        Assert.That(error.Message, Does.Contain("It would send chat messages again after failures that do not prove they were not stored"));
    }
}
