namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// The body of one multipart part: reads through the <see cref="MultipartReader"/>'s buffer and ends exactly at
/// the part's delimiter. Counts what it hands out and refuses to go past its limit.
/// </summary>
internal sealed class MultipartSectionStream : Stream
{
    private readonly MultipartReader _reader;
    private string _description;
    private long _limit;
    private long _position;
    private bool _ended;

    public MultipartSectionStream(MultipartReader reader, long limit, string description)
    {
        _reader = reader;
        _limit = limit;
        _description = description;
    }

    /// <summary>Gets the failure met while reading, kept even when the reader's exception was swallowed or wrapped.</summary>
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

    /// <summary>Sets the limit for this part (a file part gets the file limit, a text field the text limit).</summary>
    /// <param name="limit">The most bytes the part may hold.</param>
    /// <param name="description">What the part is, for the message when it is too large.</param>
    public void LimitTo(long limit, string description)
    {
        _limit = limit;
        _description = description;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || _ended)
        {
            return 0;
        }

        while (true)
        {
            var read = TryRead(buffer);
            if (read != 0 || _ended)
            {
                return read;
            }

            try
            {
                _reader.Fill();
            }
            catch (HookpointBodyException exception)
            {
                Failure = exception;
                throw;
            }
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty || _ended)
        {
            return 0;
        }

        while (true)
        {
            var read = TryRead(buffer.Span);
            if (read != 0 || _ended)
            {
                return read;
            }

            try
            {
                await _reader.FillAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (HookpointBodyException exception)
            {
                Failure = exception;
                throw;
            }
        }
    }

    /// <summary>Reads and discards the rest of the part, still counting it against the limit.</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        var scratch = new byte[4096];
        while (await ReadAsync(scratch, cancellationToken).ConfigureAwait(false) != 0)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int TryRead(Span<byte> destination)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        // Ask for at most one byte past the limit, so that crossing it is seen without reading further.
        var remaining = _limit - _position;
        if (remaining < destination.Length)
        {
            destination = destination[..(int)(remaining + 1)];
        }

        int read;
        bool partEnded;
        try
        {
            read = _reader.TryReadBuffered(destination, out partEnded);
        }
        catch (HookpointBodyException exception)
        {
            Failure = exception;
            throw;
        }

        if (partEnded)
        {
            _ended = true;
            return 0;
        }

        _position += read;
        if (_position > _limit)
        {
            Failure = new HookpointBodyException(
                HookpointParseOutcome.PayloadTooLarge, $"{_description} is larger than {_limit} bytes.");
            throw Failure;
        }

        return read;
    }
}
