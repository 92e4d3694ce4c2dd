using System.Net.Http.Json;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.WebSample.Hosting;

namespace Omnidesk.Chat.Client.BrowserTests.WebSample;

/// <summary>
/// The web sample configured for an account (here a separate emulator stands in for it): no embedded emulator,
/// no desk, the hookpoints announced at the public address. These need no browser.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class WebSampleAccountTests
{
    [Test]
    public void StartAsync_AccountWithoutPublicAddress_SaysWhichKeyToSet()
    {
        var error = Assert.ThrowsAsync<WebSampleConfigurationException>(() =>
            WebSampleHost.StartAsync(["--Omnidesk:BaseAddress=https://youraccount.omnidesk.com/"], TextWriter.Null));

        Assert.That(error!.Message, Does.StartWith("Set Omnidesk:Hookpoints:PublicBaseUrl (env Omnidesk__Hookpoints__PublicBaseUrl) to the public https address that forwards to http://127.0.0.1:5080/"));
    }

    [Test]
    public async Task Handover_OnAConfiguredAccount_ReachesThatAccountWithThePublicHookpointAddress()
    {
        await using var account = await OmnideskEmulator.StartAsync();
        using var output = new StringWriter();
        string[] args =
        [
            $"--Omnidesk:BaseAddress={account.BaseAddress}",
            $"--Omnidesk:ChatServiceAddress={account.ChatServiceAddress}",
            $"--Omnidesk:ApiKey={account.Options.ApiKey}",
            $"--Omnidesk:ChatAccountToken={account.Options.ChatAccountToken}",
            $"--Omnidesk:ChatServerToken={account.Options.ChatServerToken}",
            "--Omnidesk:Hookpoints:PublicBaseUrl=https://chat.example.com",
            "--WebSample:ListenUrl=http://127.0.0.1:0",
        ];
        await using var sample = await WebSampleHost.StartAsync(args, output);
        using var http = new HttpClient { BaseAddress = sample.CustomerPage };

        using var created = await http.PostAsJsonAsync("api/chat", new { });
        var sessionId = (await created.Content.ReadFromJsonAsync<Created>())!.SessionId;
        using var handover = await http.PostAsJsonAsync($"api/chat/{sessionId}/handover", new { name = "Zoë Núñez" });

        Assert.That(sample.Emulator, Is.Null);
        Assert.That(sample.Desk, Is.Null);
        Assert.That(output.ToString(), Does.StartWith($"Web chat sample against {account.BaseAddress};").And.Contain($"Customer chat page: {sample.CustomerPage}").And.Not.Contain("Agent desk"));
        Assert.That((int)handover.StatusCode, Is.EqualTo(200));
        var session = account.State.FindSession(sessionId)!;
        Assert.That(session.ChatServer, Does.StartWith("https://chat.example.com/omnidesk/"));
        Assert.That(session.Messages.Single().CustomerName, Is.EqualTo("Zoe Nunez"));
        Assert.That(session.Messages.Single().Message, Does.Contain("I'm the shop's bot").And.EndWith("I'd like to talk to a person, please."));
    }

    private sealed record Created(string SessionId);
}
