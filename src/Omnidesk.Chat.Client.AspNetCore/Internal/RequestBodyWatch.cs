using Microsoft.AspNetCore.Http;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// The request body as the parser and the handler read it: remembers the first exception the server's body
/// stream threw (a reset connection, a bad chunk, a body over Kestrel's limit or under its minimum data rate), so
/// that the answer blames the sender or the transport and never the handler, whatever the handler did with it.
/// </summary>
internal sealed class RequestBodyWatch(Stream body, long? declaredLength) : Stream
{
    private long _read;

    /// <summary>Gets the first exception the server's body stream threw, if any.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>
    /// Gets a value indicating whether the connection ended before the declared Content-Length arrived: the
    /// sender went away (Kestrel reports it as a 400 it can no longer send).
    /// </summary>
    public bool SenderLeft =>
        Failure is BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } && _read < declaredLength;

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
            return Counted(body.Read(buffer));
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
            return Counted(await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
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

    private int Counted(int read)
    {
        _read += read;
        return read;
    }

    private bool Remember(Exception exception)
    {
        Failure ??= exception;
        return false;
    }
}
