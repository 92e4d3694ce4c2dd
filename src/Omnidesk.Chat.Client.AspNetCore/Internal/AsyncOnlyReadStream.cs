namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// A received file's stream on a server that forbids synchronous I/O (Kestrel's default): a synchronous read
/// fails at once with a message naming the method to use, instead of deep inside the server.
/// </summary>
internal sealed class AsyncOnlyReadStream(Stream inner) : Stream
{
    internal const string SynchronousReadMessage =
        "The hookpoint file is read from the request body while it arrives, and this server forbids synchronous reads: " +
        "use ReadAsync or CopyToAsync (or set the server's AllowSynchronousIO).";

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.CanSeek ? inner.Length : throw new NotSupportedException();

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException(SynchronousReadMessage);

    public override int Read(Span<byte> buffer) => throw new NotSupportedException(SynchronousReadMessage);

    public override void CopyTo(Stream destination, int bufferSize) => throw new NotSupportedException(SynchronousReadMessage);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.ReadAsync(buffer, offset, count, cancellationToken);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer, cancellationToken);

    public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken) =>
        inner.CopyToAsync(destination, bufferSize, cancellationToken);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
