using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

[Parallelizable(ParallelScope.All)]
public sealed class AddAttachmentTests
{
    private static readonly AttachmentUpload Upload = new() { ChatSessionId = "session-1" };

    [Test]
    public async Task AddAttachment_File_SendsSessionInTheQueryAndTheFileAsTheOnlyPart()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");
        using var file = new MemoryStream("%PDF-1.7 invoice"u8.ToArray());

        var result = await host.Api.AddAttachmentAsync(file, "invoice 42.pdf", "application/pdf", Upload);

        var request = host.SingleRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo("/api/v2/chat/addAttachment"));
            Assert.That(request.QueryString, Is.EqualTo(
                "?chatServer=https%3A%2F%2Fbot.example.com%2Fomnidesk&chatSessionID=session-1&chatAccountToken=" + Wire.AccountToken));
            Assert.That(request.Headers["apiKey"], Is.EqualTo(Wire.ApiKey));
            Assert.That(request.Headers["Content-Length"], Is.EqualTo(ExpectedLength(request.ContentType!, "invoice 42.pdf", "application/pdf", 16)));
            Assert.That(request.ContentType, Does.Match("^multipart/form-data; boundary=[0-9a-f]{32}$"));
            Assert.That(request.FormFields, Is.Empty);
            Assert.That(request.Files, Has.Count.EqualTo(1));
            Assert.That(request.Files[0].Name, Is.EqualTo("file"));
            Assert.That(request.Files[0].FileName, Is.EqualTo("invoice 42.pdf"));
            Assert.That(request.Files[0].ContentType, Is.EqualTo("application/pdf"));
            Assert.That(request.Files[0].Content.ToArray(), Is.EqualTo("%PDF-1.7 invoice"u8.ToArray()));
        });
        Assert.That(result.Message, Is.EqualTo("Attachment uploaded."));
        Assert.That(result.TicketId, Is.EqualTo(host.Emulator.State.FindSession("session-1")!.TicketId));
        Assert.That(result.MessageId, Is.EqualTo(host.Emulator.State.FindSession("session-1")!.Attachments.Single().MessageId));
        Assert.That(file.CanRead, Is.True, "the caller's stream is not disposed");
    }

    [Test]
    public async Task AddAttachment_UnseekableStream_IsStreamedChunked()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        using var file = new ForwardOnlyStream(bytes);

        var result = await host.Api.AddAttachmentAsync(file, "photo.jpg", "image/jpeg", Upload);

        Assert.That(host.SingleRequest.Headers["Transfer-Encoding"], Is.EqualTo("chunked"));
        Assert.That(host.SingleRequest.Files.Single().Content.ToArray(), Is.EqualTo(bytes));
        Assert.That(result.TicketId, Is.Not.Null);
    }

    [Test]
    public async Task AddAttachment_NonAsciiFileName_ArrivesAsWritten()
    {
        await using var host = await ChatTestHost.StartAsync();
        host.SeedSession("session-1");
        using var file = new MemoryStream([1, 2, 3]);

        await host.Api.AddAttachmentAsync(file, "façade été.png", "image/png", Upload);

        Assert.That(host.SingleRequest.Files.Single().FileName, Is.EqualTo("façade été.png"));
    }

    [Test]
    public async Task AddAttachment_TokenAndServerOnTheUpload_OverrideTheOptions()
    {
        await using var host = await ChatTestHost.StartAsync(options => options.ChatServer = null);
        host.SeedSession("session-1");
        using var file = new MemoryStream([1]);

        await host.Api.AddAttachmentAsync(file, "a.bin", "application/octet-stream",
            Upload with { ChatServer = ChatTestHost.ChatServer, ChatAccountToken = Wire.AccountToken });

        Assert.That(host.SingleRequest.Query["chatServer"], Is.EqualTo(new[] { ChatTestHost.ChatServer }));
        Assert.That(host.SingleRequest.ResponseStatus, Is.EqualTo(200));
    }

    /// <summary>The multipart body's length: known up front because the stream can seek, so nothing is chunked.</summary>
    private static string ExpectedLength(string contentType, string fileName, string fileType, int fileLength)
    {
        var boundary = contentType[(contentType.IndexOf('=') + 1)..];
        // The part's headers as the platform's MultipartFormDataContent writes them for Refit (docs/wire-format.md, "Multipart forms").
        var head = $"--{boundary}\r\nContent-Type: {fileType}\r\nContent-Disposition: form-data; name=file; filename=\"{fileName}\"; filename*=utf-8''{Uri.EscapeDataString(fileName)}\r\n\r\n";
        var tail = $"\r\n--{boundary}--\r\n";
        return (head.Length + fileLength + tail.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A stream that can only be read forwards, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
