using System.Text;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Tests.Hookpoints;

/// <summary>Multipart bodies as real senders write them: boundaries, preambles, extra headers, cut bodies.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class OmnideskHookpointParserMultipartTests
{
    private const string Boundary = "xYz-42";

    // Sizes around the delimiter length and the reader's buffer; content drawn from the delimiter's own bytes, so
    // near-delimiters are everywhere; reads from 1 byte to more than the buffer.
    [Test]
    public async Task ParseAsync_DelimiterLikeContentInAnyChunking_StreamsTheFileExactly(
        [Values(0, 1, 9, 10, 11, 16_383, 16_384, 16_385, 100_003)] int size,
        [Values(1, 13, 4096, 40_000)] int bytesPerRead)
    {
        var random = new Random(size * 31 + bytesPerRead);
        var alphabet = Encoding.ASCII.GetBytes("\r\n-" + Boundary);
        var content = Enumerable.Range(0, size).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
        var body = new MultipartBodyBuilder(Boundary).Field("sessionID", "s1").File("file", "a.bin", content).Build();

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, $"multipart/form-data; boundary={Boundary}", new TrickleStream(body, bytesPerRead));

        Assert.That(await ReadAllAsync(((AgentFileEvent)result.Event!).Content, bufferSize: 777), Is.EqualTo(content));
    }

    [TestCase("multipart/form-data; boundary=xYz-42")]
    [TestCase("multipart/form-data; boundary=\"xYz-42\"")]
    [TestCase("Multipart/Form-Data;Boundary=\"xYz-42\";charset=utf-8")]
    public async Task ParseAsync_QuotedOrUnquotedBoundary_IsRead(string contentType)
    {
        var body = new MultipartBodyBuilder(Boundary).Field("sessionID", "s1").Build();

        var result = await OmnideskHookpointParser.ParseAsync(HookpointKind.EndSession, contentType, new MemoryStream(body));

        Assert.That(result.Event, Is.EqualTo(new SessionEndedEvent("s1")));
    }

    [Test]
    public async Task ParseAsync_QuotedBoundaryWithSpacesAndColon_IsRead()
    {
        const string boundary = "Apple: web kit 9";
        var body = new MultipartBodyBuilder(boundary).Field("sessionID", "s1").Build();

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.EndSession, $"multipart/form-data; boundary=\"{boundary}\"", new MemoryStream(body));

        Assert.That(result.Event, Is.EqualTo(new SessionEndedEvent("s1")));
    }

    [Test]
    public async Task ParseAsync_PreambleAndEpilogueAroundTheParts_AreIgnored()
    {
        var parts = new MultipartBodyBuilder(Boundary).Field("message", "hi").Field("sessionID", "s1").Build();
        byte[] body = [.. "This is a multi-part message in MIME format.\r\n"u8, .. parts, .. "\r\nepilogue: ignore me\r\n"u8];

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.MessageForCustomer, $"multipart/form-data; boundary={Boundary}", new MemoryStream(body));

        Assert.That(result.Event, Is.EqualTo(new AgentMessageEvent("s1", null, "hi", null)));
    }

    [Test]
    public async Task ParseAsync_PartWithExtraHeaders_IsRead()
    {
        var body = new MultipartBodyBuilder(Boundary)
            .Field("sessionID", "s1")
            .Part(
                "Content-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n" +
                "Content-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\nX-Scanner: HP 4200\r\nContent-ID: <scan@desk>",
                "%PDF-1.7"u8.ToArray())
            .Build();

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, $"multipart/form-data; boundary={Boundary}", new MemoryStream(body));

        var file = (AgentFileEvent)result.Event!;
        Assert.That((file.FileName, file.ContentType), Is.EqualTo(("scan.pdf", "application/pdf")));
        Assert.That(await ReadAllAsync(file.Content), Is.EqualTo("%PDF-1.7"u8.ToArray()));
    }

    [Test]
    public async Task ParseAsync_FileNameStarInUtf8_WinsOverThePlainFileName()
    {
        var body = new MultipartBodyBuilder(Boundary)
            .Field("sessionID", "s1")
            .Part("Content-Disposition: form-data; name=\"file\"; filename=\"Rechnung.pdf\"; filename*=UTF-8''Rechnung%20M%C3%A4rz%20%E2%82%AC.pdf", "x"u8.ToArray())
            .Build();

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, $"multipart/form-data; boundary={Boundary}", new MemoryStream(body));

        Assert.That(((AgentFileEvent)result.Event!).FileName, Is.EqualTo("Rechnung März €.pdf"));
    }

    [Test]
    public async Task ParseAsync_FileFirstAndBodyEndsBeforeTheClosingBoundary_FailsAsMalformedAndKeepsNothing()
    {
        var body = new MultipartBodyBuilder(Boundary).File("file", "a.bin", new byte[5000]).Field("sessionID", "s1").Build(close: false);
        var before = Directory.GetFiles(Path.GetTempPath(), "omnidesk-hookpoint-*").ToHashSet();

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.UploadForCustomer, $"multipart/form-data; boundary={Boundary}", new MemoryStream(body[..3000]));

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.MalformedBody));
        Assert.That(result.FailureReason, Is.EqualTo("the multipart body is malformed: the body ended before the closing boundary"));
        // Tests running beside this one spool files too, for a moment: only a new file that stays is this one's.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string[] kept;
        while ((kept = [.. Directory.GetFiles(Path.GetTempPath(), "omnidesk-hookpoint-*").Except(before)]).Length > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.That(kept, Is.Empty, "the held file is deleted when the parse fails");
    }

    [Test]
    public async Task ParseAsync_HugePartHeader_FailsAsMalformedWithoutReadingOn()
    {
        var body = Encoding.ASCII.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{new string('a', 40_000)}\"\r\n\r\nx\r\n--{Boundary}--");

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.EndSession, $"multipart/form-data; boundary={Boundary}", new MemoryStream(body));

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.MalformedBody));
        Assert.That(result.FailureReason, Is.EqualTo(
            "the multipart body is malformed: a part's headers, the preamble or the epilogue are not valid or too long"));
    }

    [Test]
    public void ParseAsync_BodyStreamFails_PassesTheTransportFailureOnUnchanged()
    {
        var body = new MultipartBodyBuilder(Boundary).Field("name", new string('a', 4000)).Field("sessionID", "s1").File("file", "a.bin", new byte[50_000]).Build();
        var failing = new TrickleStream(body, 1024) { FailAfter = 2048, Failure = new IOException("Connection reset by peer") };

        Assert.That(
            async () => await OmnideskHookpointParser.ParseAsync(HookpointKind.UploadForCustomer, $"multipart/form-data; boundary={Boundary}", failing),
            Throws.TypeOf<IOException>().With.Message.EqualTo("Connection reset by peer"));
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, int bufferSize = 81920)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, bufferSize);
        return copy.ToArray();
    }
}
