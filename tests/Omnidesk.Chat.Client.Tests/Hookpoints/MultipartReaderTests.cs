using System.Text;
using Omnidesk.Chat.Client.Hookpoints.Internal;

namespace Omnidesk.Chat.Client.Tests.Hookpoints;

[Parallelizable(ParallelScope.All)]
public sealed class MultipartReaderTests
{
    private const string Boundary = "xYz-42";

    // Sizes around the delimiter length and the reader's 32 KiB buffer; content drawn from the delimiter's own
    // bytes, so near-delimiters are everywhere; reads from 1 byte to more than the buffer.
    [Test]
    public async Task ReadNextSectionAsync_DelimiterLikeContentInAnyChunking_ReturnsEveryPartExactly(
        [Values(0, 1, 9, 10, 11, 32_767, 32_768, 32_769, 100_003)] int size,
        [Values(1, 13, 4096, 40_000)] int bytesPerRead)
    {
        var random = new Random(size * 31 + bytesPerRead);
        var alphabet = Encoding.ASCII.GetBytes("\r\n-" + Boundary);
        var first = Enumerable.Range(0, size).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
        var second = Enumerable.Range(0, size / 2).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
        var body = new MultipartBodyBuilder(Boundary)
            .Part("Content-Disposition: form-data; name=\"a\"", first)
            .Part("Content-Disposition: form-data; name=\"b\"", second)
            .Build();
        var reader = new MultipartReader(new TrickleStream([.. "preamble\r\n"u8, .. body, .. "epilogue"u8], bytesPerRead), Boundary);

        var parts = new List<(string? Name, byte[] Content)>();
        while (await reader.ReadNextSectionAsync(CancellationToken.None) is { } section)
        {
            using var copy = new MemoryStream();
            await section.Body.CopyToAsync(copy, bufferSize: 777);
            parts.Add((section.Headers.Name, copy.ToArray()));
        }

        Assert.That(parts.Select(p => p.Name), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(parts[0].Content, Is.EqualTo(first));
        Assert.That(parts[1].Content, Is.EqualTo(second));
    }

    [Test]
    public async Task ReadNextSectionAsync_SkippingAPartUnread_FindsTheNextOne()
    {
        var body = new MultipartBodyBuilder(Boundary)
            .Part("Content-Disposition: form-data; name=\"skipped\"", new byte[50_000])
            .Field("kept", "value")
            .Build();
        var reader = new MultipartReader(new MemoryStream(body), Boundary);

        await reader.ReadNextSectionAsync(CancellationToken.None);
        var kept = await reader.ReadNextSectionAsync(CancellationToken.None);

        Assert.That(await kept!.ReadTextAsync(100, CancellationToken.None), Is.EqualTo("value"));
        Assert.That(await reader.ReadNextSectionAsync(CancellationToken.None), Is.Null);
    }

    [Test]
    public void ReadNextSectionAsync_BoundaryFollowedByText_IsMalformed()
    {
        var body = Encoding.ASCII.GetBytes($"--{Boundary}junk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--{Boundary}--");
        var reader = new MultipartReader(new MemoryStream(body), Boundary);

        Assert.That(
            async () => await reader.ReadNextSectionAsync(CancellationToken.None),
            Throws.TypeOf<Omnidesk.Chat.Client.Hookpoints.HookpointBodyException>().With.Message.EqualTo(
                "The multipart body is malformed: a multipart boundary is followed by other text on its line."));
    }

    [Test]
    public void ReadNextSectionAsync_HugeHeaderLine_IsMalformedWithoutReadingOn()
    {
        var body = Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{new string('a', 40_000)}\"\r\n\r\nx\r\n--{Boundary}--");
        var reader = new MultipartReader(new MemoryStream(body), Boundary);

        Assert.That(
            async () => await reader.ReadNextSectionAsync(CancellationToken.None),
            Throws.TypeOf<Omnidesk.Chat.Client.Hookpoints.HookpointBodyException>().With.Message.Contains("longer than 16384 bytes"));
    }
}
