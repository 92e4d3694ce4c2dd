using System.Text;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Tests.Hookpoints;

[Parallelizable(ParallelScope.All)]
public sealed class OmnideskHookpointParserUploadTests
{
    private static readonly byte[] Pdf = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31 % 251)).ToArray();

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(65_536)]
    public async Task ParseAsync_Upload_StreamsTheFileExactly(int bytesPerRead)
    {
        var body = new MultipartBodyBuilder()
            .Field("sessionID", "sess-9")
            .File("file", "offerte.pdf", Pdf, "application/pdf")
            .Field("extra", "after the file");

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new TrickleStream(body.Build(), bytesPerRead));

        var file = (AgentFileEvent)result.Event!;
        Assert.That((file.SessionId, file.FileName, file.ContentType, file.Length), Is.EqualTo(("sess-9", "offerte.pdf", "application/pdf", (long?)null)));
        Assert.That(await ReadAllAsync(file.Content), Is.EqualTo(Pdf));
        Assert.That(await file.Content.ReadAsync(new byte[10]), Is.Zero, "the stream ends at the part's delimiter");
    }

    [Test]
    public async Task ParseAsync_Upload_ReturnsBeforeTheFileWasRead()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "big.bin", new byte[500_000]);
        var stream = new TrickleStream(body.Build(), 8192);

        var result = await OmnideskHookpointParser.ParseAsync(HookpointKind.UploadForCustomer, body.ContentType, stream);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(stream.BytesGiven, Is.LessThan(64 * 1024), "only the fields and the file's headers were read");
    }

    [Test]
    public async Task ParseAsync_FileContainingAlmostBoundaries_IsNotCut()
    {
        var builder = new MultipartBodyBuilder();
        var tricky = Encoding.ASCII.GetBytes($"a\r\n--{builder.Boundary[..^1]}X\r\n\r\n--\r\r\n-{builder.Boundary}\r\nend\r");
        var body = builder.Field("sessionID", "s1").File("file", "t.txt", tricky);

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new TrickleStream(body.Build(), 3));

        Assert.That(await ReadAllAsync(((AgentFileEvent)result.Event!).Content), Is.EqualTo(tricky));
    }

    [Test]
    public async Task ParseAsync_EmptyFile_HasAnEmptyStream()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("FILE", "empty.txt", []);

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()));

        Assert.That(await ReadAllAsync(((AgentFileEvent)result.Event!).Content), Is.Empty);
    }

    [Test]
    public async Task ParseAsync_PartWithContentLength_ReportsLength()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").Part(
            "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Length: 3", "abc"u8.ToArray());

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()));

        Assert.That(((AgentFileEvent)result.Event!).Length, Is.EqualTo(3));
    }

    [Test]
    public async Task ParseAsync_SessionIdAfterTheFile_HoldsTheFileInATemporaryFileUntilDisposed()
    {
        var body = new MultipartBodyBuilder().File("file", "offerte.pdf", Pdf, "application/pdf").Field("sessionID", "s1");

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new TrickleStream(body.Build(), 4096));

        var file = (AgentFileEvent)result.Event!;
        Assert.That((file.SessionId, file.FileName, file.ContentType, file.Length), Is.EqualTo(("s1", "offerte.pdf", "application/pdf", (long?)Pdf.Length)));
        var temporaryFile = ((FileStream)file.Content).Name;
        Assert.That(File.Exists(temporaryFile), Is.True);
        Assert.That(await ReadAllAsync(file.Content), Is.EqualTo(Pdf));

        await result.DisposeAsync();

        Assert.That(File.Exists(temporaryFile), Is.False, "the temporary file is deleted on disposal");
    }

    [Test]
    public async Task ParseAsync_FileFirstWithoutSessionId_FailsAndKeepsNothing()
    {
        var body = new MultipartBodyBuilder().File("file", "a.txt", "abc"u8.ToArray()).Field("other", "x");

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()));

        Assert.That(result.FailureReason, Is.EqualTo("field 'sessionID' is missing"));
    }

    [Test]
    public async Task ParseAsync_FileFirstOverLimit_FailsAsTooLarge()
    {
        var body = new MultipartBodyBuilder().File("file", "a.bin", new byte[10_001]).Field("sessionID", "s1");

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()), new HookpointLimits { MaxFileSize = 10_000 });

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.PayloadTooLarge));
        Assert.That(result.FailureReason, Is.EqualTo("the file is larger than 10000 bytes"));
    }

    [Test]
    public async Task ParseAsync_TwoFilePartsBeforeTheSession_FailsNamingTheField()
    {
        var body = new MultipartBodyBuilder().File("file", "a.txt", "a"u8.ToArray()).File("file", "b.txt", "b"u8.ToArray()).Field("sessionID", "s1");

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()));

        Assert.That(result.FailureReason, Is.EqualTo("field 'file' appears more than once"));
    }

    [TestCase("sessionID", "field 'file' is missing")]
    [TestCase("other", "field 'sessionID' is missing")]
    public async Task ParseAsync_UploadWithoutFile_FailsWithReason(string fieldName, string reason)
    {
        var body = new MultipartBodyBuilder().Field(fieldName, "s1");

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()));

        Assert.That(result.FailureReason, Is.EqualTo(reason));
    }

    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("application/json")]
    public async Task ParseAsync_UploadNotMultipart_IsUnsupported(string contentType)
    {
        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, contentType, new MemoryStream("sessionID=s1&file=abc"u8.ToArray()));

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.UnsupportedContentType));
        Assert.That(result.FailureReason, Is.EqualTo("uploadForCustomer must be multipart/form-data"));
    }

    [Test]
    public async Task ParseAsync_FileOverLimit_StreamThrowsTooLargeAtTheLimit()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "a.bin", new byte[10_001]);
        var limits = new HookpointLimits { MaxFileSize = 10_000 };

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new TrickleStream(body.Build(), 65_536), limits);
        var content = ((AgentFileEvent)result.Event!).Content;

        var exception = Assert.ThrowsAsync<HookpointBodyException>(async () => await ReadAllAsync(content));
        Assert.That(exception!.Outcome, Is.EqualTo(HookpointParseOutcome.PayloadTooLarge));
        Assert.That(exception.Message, Is.EqualTo("The file is larger than 10000 bytes."));
    }

    [Test]
    public async Task ParseAsync_FileExactlyAtLimit_IsRead()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "a.bin", new byte[10_000]);

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()), new HookpointLimits { MaxFileSize = 10_000 });

        Assert.That(await ReadAllAsync(((AgentFileEvent)result.Event!).Content), Has.Length.EqualTo(10_000));
    }

    [Test]
    public async Task ParseAsync_DeclaredPartLengthOverLimit_FailsBeforeReadingTheFile()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").Part(
            "Content-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\nContent-Length: 20000", new byte[20_000]);

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()), new HookpointLimits { MaxFileSize = 10_000 });

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.PayloadTooLarge));
        Assert.That(result.FailureReason, Is.EqualTo("the file is larger than 10000 bytes"));
    }

    [Test]
    public async Task ParseAsync_BodyCutInsideTheFile_StreamThrowsMalformed()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "a.bin", new byte[5000]).Build(close: false);

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, new MultipartBodyBuilder().ContentType, new TrickleStream(body[..3000], 65_536));
        var content = ((AgentFileEvent)result.Event!).Content;

        var exception = Assert.ThrowsAsync<HookpointBodyException>(async () => await ReadAllAsync(content));
        Assert.That(exception!.Outcome, Is.EqualTo(HookpointParseOutcome.MalformedBody));
    }

    [Test]
    public async Task ParseAsync_SmallWholeBodyCutInsideTheFile_FailsBeforeTheHandlerCouldSeeTheFile()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "a.bin", new byte[5000]).Build(close: false);

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, new MultipartBodyBuilder().ContentType, new MemoryStream(body[..3000]));

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.MalformedBody));
        Assert.That(result.FailureReason, Is.EqualTo("the multipart body is malformed: the body ended before the closing boundary"));
    }

    [Test]
    public async Task ParseAsync_SmallWholeBodyWithFileOverLimit_FailsAsTooLargeWithoutAnEvent()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "a.bin", new byte[10_001]);

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new MemoryStream(body.Build()), new HookpointLimits { MaxFileSize = 10_000 });

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.PayloadTooLarge));
        Assert.That(result.FailureReason, Is.EqualTo("the file is larger than 10000 bytes"));
        Assert.That(result.Event, Is.Null);
    }

    [Test]
    public async Task ParseAsync_FileOverLimitWhileStreamed_IsKeptAsTheFileReadFailureEvenWhenSwallowed()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "a.bin", new byte[10_001]);

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new TrickleStream(body.Build(), 4096), new HookpointLimits { MaxFileSize = 10_000 });
        try
        {
            await ReadAllAsync(((AgentFileEvent)result.Event!).Content);
        }
        catch (HookpointBodyException)
        {
            // A handler that swallows the failure.
        }

        Assert.That(result.FileReadFailure?.Outcome, Is.EqualTo(HookpointParseOutcome.PayloadTooLarge));
        Assert.That(result.FileReadFailure?.Message, Is.EqualTo("The file is larger than 10000 bytes."));
    }

    [Test]
    public async Task ParseAsync_FileRead_WorksSynchronouslyToo()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "a.bin", Pdf);

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, body.ContentType, new TrickleStream(body.Build(), 1000));
        using var copy = new MemoryStream();
        ((AgentFileEvent)result.Event!).Content.CopyTo(copy);

        Assert.That(copy.ToArray(), Is.EqualTo(Pdf));
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
