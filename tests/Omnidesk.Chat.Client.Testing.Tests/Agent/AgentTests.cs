using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Agent;

[Parallelizable(ParallelScope.All)]
public sealed class AgentTests
{
    private static readonly HookpointEncoding[] Encodings = Enum.GetValues<HookpointEncoding>();

    private static readonly Dictionary<HookpointEncoding, string> MediaTypes = new()
    {
        [HookpointEncoding.FormUrlEncoded] = "application/x-www-form-urlencoded",
        [HookpointEncoding.Multipart] = "multipart/form-data",
        [HookpointEncoding.Json] = "application/json",
    };

    [TestCaseSource(nameof(Encodings))]
    public async Task SendMessageAsync_EachEncoding_PostsTheDocumentedFields(HookpointEncoding encoding)
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession("s-1", listener.ChatServer + "/");

        var delivery = await emulator.Agent.SendMessageAsync("s-1", "Hello from support", "Anna", "https://cdn.example.com/anna.png", encoding);

        Assert.That(delivery, Is.EqualTo(new HookpointDelivery(200, "ok")));
        var received = listener.Received.Single();
        Assert.That(received.Path, Is.EqualTo("/hooks/messageForCustomer"));
        Assert.That(received.ContentType, Does.StartWith(MediaTypes[encoding]));
        Assert.That(received.Fields, Is.EqualTo(new[]
        {
            KeyValuePair.Create("picture", "https://cdn.example.com/anna.png"),
            KeyValuePair.Create("name", "Anna"),
            KeyValuePair.Create("message", "Hello from support"),
            KeyValuePair.Create("sessionID", "s-1"),
        }));
    }

    [Test]
    public async Task SendMessageAsync_NoPicture_LeavesThePictureOutAndUsesTheDefaultName()
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession("s-1", listener.ChatServer);

        await emulator.Agent.SendMessageAsync("s-1", "Hi");

        Assert.That(
            listener.Received.Single().Fields.Select(f => f.Key + "=" + f.Value),
            Is.EqualTo(new[] { "name=Emulator Agent", "message=Hi", "sessionID=s-1" }));
    }

    [TestCaseSource(nameof(Encodings))]
    public async Task SetTypingAsync_EachEncoding_PostsTypingAndSessionId(HookpointEncoding encoding)
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession("s-1", listener.ChatServer);

        var typing = await emulator.Agent.SetTypingAsync("s-1", typing: true, encoding);
        await emulator.Agent.SetTypingAsync("s-1", typing: false, encoding);

        Assert.That(typing.StatusCode, Is.EqualTo(200));
        var received = listener.Received.ToArray();
        Assert.That(received.Select(r => r.Path), Is.All.EqualTo("/hooks/typingIndicatorForCustomer"));
        Assert.That(received[0].ContentType, Does.StartWith(MediaTypes[encoding]));
        Assert.That(received[0].Fields.Select(f => f.Key + "=" + f.Value), Is.EqualTo(new[] { "Typing=true", "SessionID=s-1" }));
        Assert.That(received[1].Fields.Select(f => f.Key + "=" + f.Value), Is.EqualTo(new[] { "Typing=false", "SessionID=s-1" }));
    }

    [TestCaseSource(nameof(Encodings))]
    public async Task EndSessionAsync_EachEncoding_PostsSessionIdAndReturnsTheAnswer(HookpointEncoding encoding)
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession("s-1", listener.ChatServer);

        var delivery = await emulator.Agent.EndSessionAsync("s-1", encoding);

        Assert.That(delivery, Is.EqualTo(new HookpointDelivery(200, """{"message":"ok"}""")));
        var received = listener.Received.Single();
        Assert.That(received.Path, Is.EqualTo("/hooks/endSession"));
        Assert.That(received.ContentType, Does.StartWith(MediaTypes[encoding]));
        Assert.That(received.Fields, Is.EqualTo(new[] { KeyValuePair.Create("sessionID", "s-1") }));
    }

    [Test]
    public async Task SendFileAsync_NonSeekableStream_PostsMultipartFileAndSessionId()
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession("s-1", listener.ChatServer);
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251)).ToArray();
        await using var stream = new ForwardOnlyStream(bytes);

        var delivery = await emulator.Agent.SendFileAsync("s-1", "report.pdf", stream, "application/pdf");

        Assert.That(delivery.StatusCode, Is.EqualTo(200));
        Assert.That(stream.Disposed, Is.False, "the caller owns the stream");
        var received = listener.Received.Single();
        Assert.That(received.Path, Is.EqualTo("/hooks/uploadForCustomer"));
        Assert.That(received.ContentType, Does.StartWith("multipart/form-data"));
        Assert.That((received.FileName, received.FileContentType), Is.EqualTo(("report.pdf", "application/pdf")));
        Assert.That(received.FileContent, Is.EqualTo(bytes));
        Assert.That(received.Fields, Is.EqualTo(new[] { KeyValuePair.Create("sessionID", "s-1") }));
    }

    [Test]
    public async Task SendFileAsync_Bytes_UsesOctetStreamByDefault()
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession("s-1", listener.ChatServer);

        await emulator.Agent.SendFileAsync("s-1", "a.bin", [1, 2, 3]);

        var received = listener.Received.Single();
        Assert.That((received.FileContentType, received.FileContent), Is.EqualTo(("application/octet-stream", new byte[] { 1, 2, 3 })));
    }

    [Test]
    public async Task SendMessageAsync_SessionFromAClientMessage_PostsToItsChatServer()
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        var fields = ValidRequests.Fields(EmulatorEndpoint.NotifyUserNewChatMessage, "from-client");
        fields["chatServer"] = listener.ChatServer.Replace("http://", string.Empty, StringComparison.Ordinal);
        using var sent = await http.SendAsync(Wire.V2(HttpMethod.Post, "api/v2/chat/notifyUserNewChatMessage", Wire.Multipart(fields)));

        var delivery = await emulator.Agent.SendMessageAsync("from-client", "Reply");

        Assert.That(delivery.StatusCode, Is.EqualTo(200));
        Assert.That(listener.Received.Single().Fields, Does.Contain(KeyValuePair.Create("sessionID", "from-client")));
    }

    [Test]
    public async Task UriOverloads_PostToAnyChatServer()
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        var chatServer = new Uri(listener.ChatServer);

        await emulator.Agent.SendMessageAsync(chatServer, "free", "m");
        await emulator.Agent.SetTypingAsync(chatServer, "free", typing: true);
        await emulator.Agent.SendFileAsync(chatServer, "free", "f.txt", [7]);
        await emulator.Agent.EndSessionAsync(chatServer, "free");

        Assert.That(
            listener.Received.Select(r => r.Path),
            Is.EqualTo(new[] { "/hooks/messageForCustomer", "/hooks/typingIndicatorForCustomer", "/hooks/uploadForCustomer", "/hooks/endSession" }));
        Assert.That(emulator.State.Sessions, Is.Empty);
    }

    [Test]
    public async Task SendMessageAsync_UnknownSession_ThrowsInvalidOperation()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();

        Assert.That(
            async () => await emulator.Agent.SendMessageAsync("nobody", "hi"),
            Throws.InvalidOperationException.With.Message.Contains("no session 'nobody'"));
    }

    [Test]
    public async Task SendMessageAsync_HookpointAnswersAnError_ReturnsItWithoutThrowing()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();

        var delivery = await emulator.Agent.SendMessageAsync(new Uri(emulator.BaseAddress, "hooks"), "s-1", "hi");

        Assert.That(delivery.StatusCode, Is.EqualTo(404));
        Assert.That(delivery.Body, Does.Contain("No endpoint at /hooks/messageForCustomer"));
    }

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public bool Disposed { get; private set; }

        public override bool CanSeek => false;

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
