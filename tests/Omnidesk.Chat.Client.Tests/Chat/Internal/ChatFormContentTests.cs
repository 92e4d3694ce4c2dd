using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client.Tests.ChatApi.Internal;

[Parallelizable(ParallelScope.All)]
public sealed class ChatFormContentTests
{
    [Test]
    public async Task Serialize_SetFields_WritesOnlyThoseAsMultipartParts()
    {
        using var form = new ChatFormContent(4)
            .Add("chatServer", "https://bot.example.com/hooks")
            .Add("url", (string?)null)
            .Add("messageNumber", 12)
            .Add("usedPredefinedUserInput", true)
            .Add("message", "Héllo\r\nwörld");

        var body = await form.ReadAsStringAsync();
        var boundary = Boundary(form);

        Assert.That(body, Is.EqualTo(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"chatServer\"\r\n\r\nhttps://bot.example.com/hooks\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"messageNumber\"\r\n\r\n12\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"usedPredefinedUserInput\"\r\n\r\ntrue\r\n" +
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\nHéllo\r\nwörld\r\n" +
            $"--{boundary}--\r\n"));
        Assert.That(form.Headers.ContentLength, Is.EqualTo(System.Text.Encoding.UTF8.GetByteCount(body)));
    }

    [Test]
    public void Create_Always_UsesAFreshBoundaryInTheContentType()
    {
        using var first = new ChatFormContent(0);
        using var second = new ChatFormContent(0);

        Assert.That(first.Headers.ContentType!.MediaType, Is.EqualTo("multipart/form-data"));
        Assert.That(Boundary(first), Has.Length.EqualTo(32));
        Assert.That(Boundary(first), Is.Not.EqualTo(Boundary(second)));
    }

    [Test]
    public async Task Serialize_File_StreamsItFromThePositionWithoutDisposingIt()
    {
        using var file = new MemoryStream("skipPDF-bytes"u8.ToArray());
        file.Position = 4;
        using var form = new ChatFormContent(0).SetFile("file", file, "in\"voice ë.pdf", "application/pdf");

        var body = await form.ReadAsStringAsync();
        var boundary = Boundary(form);

        Assert.That(body, Is.EqualTo(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"in%22voice ë.pdf\"\r\nContent-Type: application/pdf\r\n\r\n" +
            $"PDF-bytes\r\n--{boundary}--\r\n"));
        Assert.That(form.Headers.ContentLength, Is.EqualTo(System.Text.Encoding.UTF8.GetByteCount(body)));
        Assert.That(file.CanRead, Is.True, "the caller's stream stays open");
    }

    [Test]
    public async Task Serialize_SeekableFileTwice_SendsTheSameBytesAgain()
    {
        using var file = new MemoryStream("abc"u8.ToArray());
        using var form = new ChatFormContent(0).SetFile("file", file, "a.txt", "text/plain");

        using var first = new MemoryStream();
        await form.CopyToAsync(first);
        using var second = new MemoryStream();
        await form.CopyToAsync(second);

        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
    }

    [Test]
    public async Task Serialize_UnseekableFile_HasNoLengthAndRefusesASecondSend()
    {
        using var file = new UnseekableStream("abc"u8.ToArray());
        using var form = new ChatFormContent(0).SetFile("file", file, "a.txt", "text/plain");

        Assert.That(form.Headers.ContentLength, Is.Null, "sent chunked");
        using var first = new MemoryStream();
        await form.CopyToAsync(first);
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => form.CopyToAsync(new MemoryStream()));
        Assert.That(error!.Message, Is.EqualTo("The attachment's stream was already sent once and cannot seek back, so the request cannot be sent again. Pass a seekable stream to allow retries."));
    }

    private static string Boundary(ChatFormContent form) =>
        form.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!;

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
