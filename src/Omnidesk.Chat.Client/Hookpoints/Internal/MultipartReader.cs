using System.Text;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// A forward-only multipart/form-data reader over a non-seekable body. It holds one small buffer, hands each
/// part out as a stream that ends exactly at the part's delimiter, and never buffers a part whole.
/// </summary>
internal sealed class MultipartReader
{
    internal const int MaxBoundaryLength = 200;
    private const int BufferSize = 32 * 1024;
    private const int MaxPreambleBytes = 64 * 1024;
    private const int MaxHeaderBytes = 16 * 1024;

    private readonly Stream _body;
    private readonly byte[] _delimiter;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;
    private bool _bodyEnded;
    private bool _finished;
    private MultipartSectionStream? _current;

    public MultipartReader(Stream body, string boundary)
    {
        if (boundary.Length is 0 or > MaxBoundaryLength)
        {
            throw new ArgumentException($"A multipart boundary has 1 to {MaxBoundaryLength} characters.", nameof(boundary));
        }

        _body = body;
        _delimiter = Encoding.ASCII.GetBytes("\r\n--" + boundary);

        // The body starts with "--boundary" and no line break: pretend it had one, so that the first
        // boundary is found exactly like every later delimiter.
        _buffer[0] = (byte)'\r';
        _buffer[1] = (byte)'\n';
        _end = 2;
    }

    /// <summary>Moves past the current part (or the preamble) and reads the next part's headers.</summary>
    /// <returns>The next part, or <see langword="null"/> after the closing delimiter.</returns>
    /// <exception cref="HookpointBodyException">The body is not valid multipart.</exception>
    public async ValueTask<MultipartSection?> ReadNextSectionAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return null;
        }

        var skipped = _current ?? new MultipartSectionStream(this, MaxPreambleBytes, "the multipart preamble");
        await skipped.DrainAsync(cancellationToken).ConfigureAwait(false);

        // At the delimiter: "\r\n--boundary", then "--" (the end) or optional spaces and a line break.
        await EnsureBufferedAsync(_delimiter.Length + 2, cancellationToken).ConfigureAwait(false);
        _start += _delimiter.Length;
        if (_buffer[_start] == (byte)'-' && _buffer[_start + 1] == (byte)'-')
        {
            _finished = true;
            _current = null;
            return null;
        }

        var afterDelimiter = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(afterDelimiter))
        {
            throw Malformed("a multipart boundary is followed by other text on its line");
        }

        var headers = new MultipartSectionHeaders();
        var headerBytes = 0;
        while (true)
        {
            var before = _start;
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            headerBytes += _start - before;
            if (headerBytes > MaxHeaderBytes)
            {
                throw Malformed($"the headers of a multipart part are longer than {MaxHeaderBytes} bytes");
            }

            if (line.Length == 0)
            {
                break;
            }

            headers.Add(line);
        }

        if (headers.Name is null)
        {
            throw Malformed("a part has no Content-Disposition with a field name");
        }

        _current = new MultipartSectionStream(this, long.MaxValue, "a multipart part");
        return new MultipartSection(headers, _current);
    }

    internal static HookpointBodyException Malformed(string reason) =>
        new(HookpointParseOutcome.MalformedBody, $"The multipart body is malformed: {reason}.");

    /// <summary>Copies bytes of the current part that are known not to belong to the delimiter.</summary>
    /// <returns>The count copied; 0 with <paramref name="partEnded"/> when the part is over; 0 without it when more input is needed.</returns>
    internal int TryReadBuffered(Span<byte> destination, out bool partEnded)
    {
        partEnded = false;
        var available = _buffer.AsSpan(_start, _end - _start);
        var delimiterAt = available.IndexOf(_delimiter);
        int safe;
        if (delimiterAt >= 0)
        {
            safe = delimiterAt;
            partEnded = delimiterAt == 0;
        }
        else
        {
            // A delimiter that starts in the last (length - 1) bytes may still be arriving: keep those from its first '\r'.
            var tailStart = Math.Max(0, available.Length - (_delimiter.Length - 1));
            var carriageReturn = available[tailStart..].IndexOf((byte)'\r');
            safe = carriageReturn < 0 ? available.Length : tailStart + carriageReturn;
            if (safe == 0 && _bodyEnded)
            {
                throw Malformed("the body ended before the closing boundary");
            }
        }

        var count = Math.Min(safe, destination.Length);
        available[..count].CopyTo(destination);
        _start += count;
        return count;
    }

    internal async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        Compact();
        var read = await _body.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        Filled(read);
    }

    internal void Fill()
    {
        Compact();
        Filled(_body.Read(_buffer, _end, _buffer.Length - _end));
    }

    private void Filled(int read)
    {
        if (read == 0)
        {
            _bodyEnded = true;
        }

        _end += read;
    }

    private void Compact()
    {
        if (_bodyEnded)
        {
            throw Malformed("the body ended before the closing boundary");
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
    }

    private async ValueTask EnsureBufferedAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var lineEnd = available.IndexOf("\r\n"u8);
            if (lineEnd >= 0)
            {
                var line = Encoding.UTF8.GetString(available[..lineEnd]);
                _start += lineEnd + 2;
                return line;
            }

            if (available.Length > MaxHeaderBytes)
            {
                throw Malformed($"a header line of a multipart part is longer than {MaxHeaderBytes} bytes");
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
