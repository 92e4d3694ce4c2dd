using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Desk;

/// <summary>
/// The agent desk over plain HTTP (the page itself is tested in a real browser by
/// tests/Omnidesk.Chat.Client.BrowserTests): off by default, its event stream, and its guarded actions.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class AgentDeskHttpTests
{
    private const string HookpointToken = "hookpointTokenWith32LettersAndDigits0";

    [Test]
    public async Task Desk_ByDefault_IsOffAndItsPathIsNotServed()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(emulator.BaseAddress, "desk"));

        Assert.That(emulator.DeskAddress, Is.Null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Desk_WhenEnabled_ServesThePageWithAPolicyThatAllowsOnlyItsOwnOrigin()
    {
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { EnableDesk = true });
        using var http = new HttpClient();

        using var page = await http.GetAsync(emulator.DeskAddress);
        using var script = await http.GetAsync(new Uri(emulator.BaseAddress, "desk/desk.js"));

        Assert.That(emulator.DeskAddress, Is.EqualTo(new Uri(emulator.BaseAddress, "desk")));
        Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'"));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("<script src=\"/desk/desk.js\" defer></script>"));
        Assert.That(script.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(emulator.Requests, Is.Empty, "desk requests are not Omnidesk API calls and are not recorded");
    }

    [Test]
    public async Task EventStream_SessionWithAgentReply_SendsBothSidesAndNeverTheHookpointToken()
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { EnableDesk = true });
        var chatServer = listener.BaseAddress.AbsoluteUri + "omnidesk/" + HookpointToken;
        emulator.State.SeedSession("order-1042", chatServer);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var stream = await http.GetAsync(new Uri(emulator.BaseAddress, "desk/events?session=order-1042"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());

        await emulator.Agent.SendMessageAsync("order-1042", "Hello Zoe", "Anna");
        var update = await ReadUntilAsync(reader, "Hello Zoe");

        Assert.That(stream.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
        Assert.That(update, Does.Not.Contain(HookpointToken));
        using var json = JsonDocument.Parse(update);
        var transcript = json.RootElement.GetProperty("transcript");
        Assert.That(transcript.GetProperty("session").GetProperty("hookpoints").GetString(), Is.EqualTo(listener.BaseAddress.GetLeftPart(UriPartial.Authority)));
        var reply = transcript.GetProperty("entries").EnumerateArray().Last();
        Assert.That(
            (reply.GetProperty("side").GetString(), reply.GetProperty("kind").GetString(), reply.GetProperty("author").GetString(), reply.GetProperty("text").GetString()),
            Is.EqualTo(("agent", "message", "Anna", "Hello Zoe")));
    }

    [Test]
    public async Task Action_WithoutTheDeskHeader_IsRefusedAndNothingReachesTheHookpoint()
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { EnableDesk = true });
        emulator.State.SeedSession("order-1042", listener.ChatServer);
        using var http = new HttpClient();
        var address = new Uri(emulator.BaseAddress, "desk/api/message?session=order-1042");

        // What a form on another site could send: a simple request, no custom header.
        using var forged = await http.PostAsync(address, new StringContent("{\"text\":\"Click this link\"}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = JsonContent.Create(new { text = "Hello Zoe", agentName = "Anna" }) };
        request.Headers.Add("X-Omnidesk-Desk", "1");
        using var real = await http.SendAsync(request);

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(real.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await real.Content.ReadAsStringAsync(), Is.EqualTo("{\"ok\":true,\"hookpointStatus\":200,\"message\":\"The message was delivered (the hookpoint answered 200).\"}"));
        Assert.That(listener.Received.Select(r => r.Path), Is.EqualTo(new[] { "/hooks/messageForCustomer" }));
    }

    [Test]
    public async Task Action_UnknownSession_Answers404()
    {
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { EnableDesk = true });
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BaseAddress, "desk/api/end?session=nobody"));
        request.Headers.Add("X-Omnidesk-Desk", "1");

        using var response = await http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("The emulator has no such session."));
    }

    private static async Task<string> ReadUntilAsync(StreamReader reader, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal) && line.Contains(text, StringComparison.Ordinal))
            {
                return line["data: ".Length..];
            }
        }

        throw new EndOfStreamException($"The event stream ended before '{text}'.");
    }
}
