namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// The caller's body as the platform's readers see it: remembers whether it ended and what it threw itself, so
/// that a reader's "unexpected end" is told from a transport failure (a reset connection, a bad chunk), which
/// is passed on to the host unchanged.
/// </summary>
internal sealed class WatchedBody(Stream body) : Stream
{
    /// <summary>Gets a value indicating whether the body returned its end (a read of 0 bytes).</summary>
    public bool Ended { get; private set; }

    /// <summary>Gets the exception the body itself threw, if any.</summary>
    public Exception? TransportFailure { get; private set; }

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
        if (read == 0 && asked > 0)
        {
            Ended = true;
        }

        return read;
    }

    private bool Remember(Exception exception)
    {
        TransportFailure ??= exception;
        return false;
    }
}
