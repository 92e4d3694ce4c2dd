namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// The bytes of one part as the handler reads them: counts what it hands out and refuses to go past its limit,
/// turns the reader's errors into <see cref="HookpointBodyException"/>s, and keeps the first one in
/// <see cref="Failure"/> even when the reader of the stream swallowed it.
/// </summary>
internal sealed class HookpointPartStream(MultipartBody owner, Stream section, long limit, string description) : Stream
{
    private long _position;

    /// <summary>Gets the body failure met while reading, if any.</summary>
    public HookpointBodyException? Failure { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    public override int Read(Span<byte> buffer)
    {
        ThrowIfFailed();
        try
        {
            return Counted(section.Read(buffer[..Allowed(buffer.Length)]));
        }
        catch (Exception exception) when (Fail(exception) is { } failure)
        {
            throw failure;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfFailed();
        try
        {
            return Counted(await section.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (Fail(exception) is { } failure)
        {
            throw failure;
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void ThrowIfFailed()
    {
        if (Failure is not null)
        {
            throw Failure;
        }
    }

    /// <summary>Asks for at most one byte past the limit, so that crossing it is seen without reading further.</summary>
    private int Allowed(int asked) => (int)Math.Min(asked, limit - _position + 1);

    private int Counted(int read)
    {
        _position += read;
        if (_position > limit)
        {
            Failure = new HookpointBodyException(
                HookpointParseOutcome.PayloadTooLarge, $"{description} is larger than {limit} bytes.");
            throw Failure;
        }

        return read;
    }

    private HookpointBodyException? Fail(Exception exception)
    {
        Failure ??= owner.Translate(exception);
        return exception is HookpointBodyException ? null : Failure;
    }
}
