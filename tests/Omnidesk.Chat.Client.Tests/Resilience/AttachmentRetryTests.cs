using System.Net;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>An attachment is sent again only when its stream can be rewound to where the upload started.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AttachmentRetryTests
{
    private static readonly byte[] Pdf = "%PDF-1.4 an invoice"u8.ToArray();

    [Test]
    public async Task AddAttachment_SeekableStreamThrough503_IsRewoundAndStoredOnceWhole()
    {
        await using var client = await EmulatedClient.StartAsync();
        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Here is the invoice"));
        client.Emulator.Faults.Next(EmulatorEndpoint.AddAttachment, 1, EmulatorFault.Status(503));
        using var file = new MemoryStream([.. "skipped"u8, .. Pdf]) { Position = 7 };

        var result = await client.Chat.AddAttachmentAsync(file, "invoice.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = "session-1" });

        var stored = client.Emulator.State.FindSession("session-1")!.Attachments;
        Assert.That(result.MessageId, Is.EqualTo(stored.Single().MessageId));
        Assert.That(stored.Single().Content.ToArray(), Is.EqualTo(Pdf), "the second attempt sent the file from where the upload started");
        Assert.That(client.RequestsTo(EmulatorEndpoint.AddAttachment), Is.EqualTo(2));
    }

    [Test]
    public async Task AddAttachment_StreamThatCannotSeekThrough503_IsNotSentAgain()
    {
        await using var client = await EmulatedClient.StartAsync();
        await client.Chat.NotifyUserNewChatMessageAsync(EmulatedClient.Message("session-1", "Here is the invoice"));
        client.Emulator.Faults.Next(EmulatorEndpoint.AddAttachment, 1, EmulatorFault.Status(503));
        using var file = new ForwardOnlyStream(Pdf);

        var error = Assert.ThrowsAsync<OmnideskApiException>(
            () => client.Chat.AddAttachmentAsync(file, "invoice.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = "session-1" }))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(client.RequestsTo(EmulatorEndpoint.AddAttachment), Is.EqualTo(1), "the stream was spent by the first attempt");
        Assert.That(client.Emulator.State.FindSession("session-1")!.Attachments, Is.Empty);
    }

    [Test]
    public async Task AddAttachment_StreamThatCannotSeekAndNoConnection_IsRetriedBecauseTheStreamWasNotRead()
    {
        await using var client = await EmulatedClient.StartAsync(options: o => o.BaseAddress = EmulatedClient.ClosedAddress());
        using var file = new ForwardOnlyStream(Pdf);

        var error = Assert.ThrowsAsync<OmnideskUnavailableException>(
            () => client.Chat.AddAttachmentAsync(file, "invoice.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = "session-1" }))!;

        Assert.That(error.Reason, Is.EqualTo(OmnideskUnavailableReason.CouldNotConnect));
        Assert.That(error.Attempts, Is.EqualTo(4));
        Assert.That(file.Position, Is.Zero, "nothing was read from the stream");
    }

    /// <summary>A stream that reads forward only, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _inner.Position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
