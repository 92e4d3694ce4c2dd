using System.Net;

namespace Omnidesk.Chat.Client.Tests.ChatsApi;

[Parallelizable(ParallelScope.All)]
public sealed class ChatsApiAuthorizationTests
{
    [Test]
    public async Task ListAsync_OnlyApiKeyConfigured_SendsApiKeyRawInAuthorizationHeader()
    {
        await using var harness = await ChatsHarness.StartAsync((options, emulator) =>
        {
            options.ChatsApiKey = null;
            options.ApiKey = emulator.Options.ChatsApiKey;
        });
        harness.Emulator.State.SeedChats(1);

        var chats = await harness.Chats.ListAsync();

        Assert.That(chats, Has.Count.EqualTo(1));
        Assert.That(harness.Requests.Single().Headers["authorization"], Is.EqualTo("emulator-chats-key-0001"));
    }

    [Test]
    public async Task ListAsync_ChatsApiKeyAndApiKey_SendsChatsApiKeyAndNoApiKeyHeader()
    {
        await using var harness = await ChatsHarness.StartAsync((options, _) => options.ApiKey = "v2-only-key-0001");

        await harness.Chats.ListAsync();

        var headers = harness.Requests.Single().Headers;
        Assert.That(headers["authorization"], Is.EqualTo("emulator-chats-key-0001"));
        Assert.That(headers.ContainsKey("apiKey"), Is.False);
    }

    [Test]
    public async Task GetAsync_WrongKey_Throws401ThatPointsAtTheOptionWithoutShowingTheKey()
    {
        await using var harness = await ChatsHarness.StartAsync((options, _) => options.ChatsApiKey = "not-the-right-key-42");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => harness.Chats.GetAsync(Guid.Parse("00000000-0000-4000-8000-000000000001")))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(error.Message, Is.EqualTo(
            "chats.get failed with 401: Invalid API key. Check Omnidesk:ChatsApiKey (or Omnidesk:ApiKey): it is sent in the authorization header."));
        Assert.That(error.ToString(), Does.Not.Contain("not-the-right-key-42"));
    }
}
