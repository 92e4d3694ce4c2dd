using System.Net;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.AspNetCore.Tests;

/// <summary>The emulator's agent, posting to the chatServer of a session it knows, drives the real endpoints.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class HookpointEmulatorAgentTests
{
    [TestCase(HookpointEncoding.FormUrlEncoded)]
    [TestCase(HookpointEncoding.Multipart)]
    [TestCase(HookpointEncoding.Json)]
    public async Task Agent_MessageTypingAndEnd_ReachTheHandlerInEachEncoding(HookpointEncoding encoding)
    {
        await using var server = await HookpointTestServer.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        var sessionId = await StartSessionAsync(emulator, server.HookpointBase, "sess-agent-" + encoding);

        var message = await emulator.Agent.SendMessageAsync(sessionId, "Goedemiddag, hoe kan ik helpen? 100% & meer", "Anna de Vries", "https://cdn.example.com/anna.png", encoding);
        var typing = await emulator.Agent.SetTypingAsync(sessionId, typing: true, encoding);
        var stopped = await emulator.Agent.SetTypingAsync(sessionId, typing: false, encoding);
        var ended = await emulator.Agent.EndSessionAsync(sessionId, encoding);

        Assert.That(new[] { message, typing, stopped, ended }, Is.EqualTo(new[]
        {
            new HookpointDelivery(200, "ok"), new HookpointDelivery(200, "ok"), new HookpointDelivery(200, "ok"),
            new HookpointDelivery(200, """{"message":"ok"}"""),
        }));
        Assert.That(server.Recorder.Received.Select(received => received.Event), Is.EqualTo(new OmnideskHookpointEvent[]
        {
            new AgentMessageEvent(sessionId, "Anna de Vries", "Goedemiddag, hoe kan ik helpen? 100% & meer", "https://cdn.example.com/anna.png"),
            new AgentTypingEvent(sessionId, true),
            new AgentTypingEvent(sessionId, false),
            new SessionEndedEvent(sessionId),
        }));
    }

    [Test]
    public async Task Agent_File_IsStreamedToTheHandlerWithASafeName()
    {
        await using var server = await HookpointTestServer.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        var sessionId = await StartSessionAsync(emulator, server.HookpointBase, "sess-agent-file");
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i % 241)).ToArray();

        var delivery = await emulator.Agent.SendFileAsync(sessionId, "../../etc/passwd", new MemoryStream(bytes), "text/plain");

        Assert.That(delivery, Is.EqualTo(new HookpointDelivery(200, "ok")));
        var received = server.Recorder.Received.Single();
        var file = (AgentFileEvent)received.Event;
        Assert.That((file.SessionId, file.FileName, file.ContentType), Is.EqualTo((sessionId, "passwd", "text/plain")));
        Assert.That(received.FileBytes, Is.EqualTo(bytes));
    }

    [Test]
    public async Task Agent_PostingWithoutTheToken_Gets404AndHandlerIsNotCalled()
    {
        await using var server = await HookpointTestServer.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();

        var delivery = await emulator.Agent.SendMessageAsync(new Uri(server.BaseAddress, "omnidesk"), "sess-x", "fake agent message");

        Assert.That(delivery.StatusCode, Is.EqualTo((int)HttpStatusCode.NotFound));
        Assert.That(server.Recorder.HandlerCalls, Is.Zero);
    }

    [Test]
    public async Task Agent_HttpClientSpans_ShowTheHookpointPathWithTheTokenMasked()
    {
        await using var server = await HookpointTestServer.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        var sessionId = await StartSessionAsync(emulator, server.HookpointBase, "sess-agent-span");
        var port = server.BaseAddress.Port;
        var spans = new System.Collections.Concurrent.ConcurrentQueue<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("server.port") is int spanPort && spanPort == port)
                {
                    spans.Enqueue(activity);
                }
            },
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);

        await emulator.Agent.SendMessageAsync(sessionId, "Hello");
        await emulator.Agent.SendFileAsync(sessionId, "note.txt", new MemoryStream([1, 2, 3]), "text/plain");

        Assert.That(spans.Select(span => span.GetTagItem("url.full")), Is.EqualTo(new[]
        {
            $"http://127.0.0.1:{port}/omnidesk/***/messageForCustomer",
            $"http://127.0.0.1:{port}/omnidesk/***/uploadForCustomer",
        }));
        Assert.That(spans.SelectMany(span => span.TagObjects).Select(tag => tag.Value?.ToString()), Has.None.Contains(HookpointTestServer.Token));
        Assert.That(spans.Select(span => span.DisplayName), Has.None.Contains(HookpointTestServer.Token));
    }

    /// <summary>Escalates a conversation: notifyUserNewChatMessage with our hookpoint address as chatServer.</summary>
    private static async Task<string> StartSessionAsync(OmnideskEmulator emulator, string chatServer, string sessionId)
    {
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(chatServer), "chatServer" },
            { new StringContent(sessionId), "chatSessionID" },
            { new StringContent(emulator.Options.ChatAccountToken), "chatAccountToken" },
            { new StringContent("8"), "channelID" },
            { new StringContent("Ik wil graag een medewerker spreken"), "message" },
            { new StringContent("1"), "messageNumber" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BaseAddress, "api/v2/chat/notifyUserNewChatMessage")) { Content = form };
        request.Headers.Add("apiKey", emulator.Options.ApiKey);

        using var response = await http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return sessionId;
    }
}
