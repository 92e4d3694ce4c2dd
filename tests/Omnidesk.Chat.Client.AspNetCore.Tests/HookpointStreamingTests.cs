using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Tests.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests;

/// <summary>Files reach the handler as a stream over the arriving body: never buffered whole, names made safe.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class HookpointStreamingTests
{
    private const string Boundary = "----OmnideskStreamingTest";

    [Test]
    public async Task Upload_HandlerReadsTheFirstPartBeforeTheSenderHasSentTheRest()
    {
        var firstPartRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long total = 0;
        await using var server = await HookpointTestServer.StartAsync(onEvent: async (hookpointEvent, ct) =>
        {
            var buffer = new byte[16 * 1024];
            var content = ((AgentFileEvent)hookpointEvent).Content;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total >= 64 * 1024)
                {
                    firstPartRead.TrySetResult();
                }
            }
        });
        using var body = new GeneratedUploadContent(
            "sess-stream", fileLength: 1024 * 1024, holdAfter: 64 * 1024, hold: firstPartRead.Task.WaitAsync(TimeSpan.FromSeconds(10)));

        using var response = await server.PostAsync("uploadForCustomer", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the sender only finishes once the handler has read the first 64 KiB");
        Assert.That(total, Is.EqualTo(1024 * 1024));
    }

    [Test]
    [NonParallelizable]
    public async Task Upload_100MiB_CompletesWithBoundedMemory()
    {
        const long fileLength = 100L * 1024 * 1024;
        long received = 0;
        byte[]? receivedHash = null;
        await using var server = await HookpointTestServer.StartAsync(
            options => options.MaxFileSize = 200L * 1024 * 1024,
            async (hookpointEvent, ct) =>
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[64 * 1024];
                var content = ((AgentFileEvent)hookpointEvent).Content;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    received += read;
                    hash.AppendData(buffer, 0, read);
                }

                receivedHash = hash.GetHashAndReset();
            });
        using var body = new GeneratedUploadContent("sess-big", fileLength);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        using var response = await server.PostAsync("uploadForCustomer", body);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(received, Is.EqualTo(fileLength));
        Assert.That(receivedHash, Is.EqualTo(body.SentHash));
        Assert.That(allocated, Is.LessThan(16L * 1024 * 1024), $"sender and receiver together allocated {allocated:N0} bytes: far less than the file");
    }

    [TestCase("../../etc/passwd", "passwd")]
    [TestCase("C:\\Windows\\system32\\x.dll", "x.dll")]
    [TestCase("in\u0001voi\u001Bce\u0007.pdf", "invoice.pdf", TestName = "Upload_FileNameWithControlCharacters_ReachesTheHandlerWithoutThem")]
    [TestCase("\u0000", "file", TestName = "Upload_FileNameOfOnlyANul_ReachesTheHandlerAsFile")]
    public async Task Upload_MaliciousFileName_ReachesTheHandlerAsAPlainSafeName(string sentName, string expected)
    {
        await using var server = await HookpointTestServer.StartAsync();
        var body = new MultipartBodyBuilder(Boundary).Field("sessionID", "sess-names").File("file", sentName, "%PDF"u8.ToArray());
        var content = new ByteArrayContent(body.Build());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);

        using var response = await server.PostAsync("uploadForCustomer", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var file = (AgentFileEvent)server.Recorder.Received.Single().Event;
        Assert.That(file.FileName, Is.EqualTo(expected));
        Assert.That(server.Recorder.Received.Single().FileBytes, Is.EqualTo("%PDF"u8.ToArray()));
    }

    [Test]
    public async Task Upload_SenderDisconnects_HandlerIsCancelledAndNothingIsLoggedAsError()
    {
        var handlerStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlerEnded = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await HookpointTestServer.StartAsync(onEvent: async (hookpointEvent, ct) =>
        {
            try
            {
                handlerStarted.TrySetResult();
                await ((AgentFileEvent)hookpointEvent).Content.CopyToAsync(Stream.Null, ct);
                handlerEnded.TrySetResult(null);
            }
            catch (Exception exception)
            {
                handlerEnded.TrySetResult(exception);
                throw;
            }
        });
        using var cancel = new CancellationTokenSource();
        using var body = new GeneratedUploadContent("sess-gone", fileLength: 10 * 1024 * 1024, holdAfter: 64 * 1024, hold: Task.Delay(Timeout.Infinite, cancel.Token));

        var posting = server.PostAsync("uploadForCustomer", body, cancel.Token);
        await handlerStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();

        Assert.That(async () => await posting, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await handlerEnded.Task.WaitAsync(TimeSpan.FromSeconds(10)), Is.Not.Null, "the handler's read was interrupted");
        await Task.Delay(100);
        Assert.That(server.Logs.GetSnapshot().Where(entry => entry.Level >= LogLevel.Error), Is.Empty);
        Assert.That(server.HookpointLogs.Select(entry => entry.Message), Has.Some.EqualTo(
            "Hookpoint UploadForCustomer: the sender disconnected before the answer."));
    }

    /// <summary>
    /// A multipart upload generated on the fly (no Content-Length), hashing what it sends; optionally holds the
    /// rest of the file after <c>holdAfter</c> bytes until <c>hold</c> completes.
    /// </summary>
    private sealed class GeneratedUploadContent : HttpContent
    {
        private readonly string _sessionId;
        private readonly long _fileLength;
        private readonly long _holdAfter;
        private readonly Task? _hold;

        public GeneratedUploadContent(string sessionId, long fileLength, long holdAfter = -1, Task? hold = null)
        {
            _sessionId = sessionId;
            _fileLength = fileLength;
            _holdAfter = holdAfter;
            _hold = hold;
            Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        }

        public byte[]? SentHash { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"sessionID\"\r\n\r\n{_sessionId}\r\n" +
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var chunk = new byte[64 * 1024];
            long sent = 0;
            while (sent < _fileLength)
            {
                if (sent == _holdAfter && _hold is not null)
                {
                    await stream.FlushAsync();
                    await _hold;
                }

                var count = (int)Math.Min(chunk.Length, _fileLength - sent);
                for (var i = 0; i < count; i += 4096)
                {
                    chunk[i] = (byte)(sent + i);
                    chunk[i + 1] = (byte)((sent + i) >> 8);
                    chunk[i + 2] = (byte)((sent + i) >> 16);
                }

                hash.AppendData(chunk, 0, count);
                await stream.WriteAsync(chunk.AsMemory(0, count));
                sent += count;
            }

            await stream.WriteAsync(Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
            SentHash = hash.GetHashAndReset();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
