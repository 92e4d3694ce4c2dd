namespace Omnidesk.Chat.Client.Shared;

/// <summary>
/// A body stream as the readers and the handler read it: remembers how much came, whether it ended, and the first
/// exception the stream itself threw, so that a reader's "unexpected end" is told from a failure of the
/// transport (a reset connection, a bad chunk), and the answer blames the sender and never the handler.
/// </summary>
/// <remarks>
/// One source file compiled into the core (the parser's multipart reader) and the AspNetCore package (the
/// request body): an internal helper of both, not a public contract between them.
/// </remarks>
internal sealed class WatchedStream(Stream body) : Stream
{
    /// <summary>Gets the number of bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Gets a value indicating whether the body returned its end (a read of 0 bytes).</summary>
    public bool Ended { get; private set; }

    /// <summary>Gets the first exception the body itself threw, if any.</summary>
    public Exception? Failure { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Seen(body.Read(buffer), buffer.Length);
        }
        catch (Exception exception) when (Remember(exception))
        {
            throw;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Seen(await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), buffer.Length);
        }
        catch (Exception exception) when (Remember(exception))
        {
            throw;
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Seen(int read, int asked)
    {
        BytesRead += read;
        if (read == 0 && asked > 0)
        {
            Ended = true;
        }

        return read;
    }

    private bool Remember(Exception exception)
    {
        Failure ??= exception;
        return false;
    }
}
