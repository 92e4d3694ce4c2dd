using System.Buffers;
using System.Globalization;

namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// Builds an escaped query string; a key may repeat (<c>channelIds=a&amp;channelIds=b</c>). It is escaped straight
/// into a pooled buffer, which <see cref="AppendTo"/> gives back once the request's address is written: a builder
/// serves one request.
/// </summary>
internal sealed class QueryStringBuilder
{
    private char[]? _buffer;
    private int _length;
    private bool _spent;

    public bool IsEmpty => _length == 0;

    public QueryStringBuilder Add(string name, string? value) => value is null ? this : Append(name, value);

    public QueryStringBuilder Add(string name, int? value)
    {
        if (value is not { } number)
        {
            return this;
        }

        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        return Append(name, digits[..written]);
    }

    public QueryStringBuilder Add(string name, DateTimeOffset? value) =>
        value is { } time ? Add(name, time.ToString("O", CultureInfo.InvariantCulture)) : this;

    public QueryStringBuilder Add(string name, Guid? value) =>
        value is { } id ? Add(name, id.ToString()) : this;

    public QueryStringBuilder AddEach<T>(string name, IEnumerable<T>? values, Func<T, string> format)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Add(name, format(value));
            }
        }

        return this;
    }

    /// <summary>Writes <c>?name=value</c> (or <c>&amp;name=value</c>), both escaped, after the text.</summary>
    private QueryStringBuilder Append(string name, ReadOnlySpan<char> value)
    {
        // Escaping writes at most nine characters for each one it reads: a character of three UTF-8 bytes, each as %XX
        // (a surrogate pair is four bytes for two characters). Reserving less would have TryEscapeDataString write nothing.
        var free = Reserve(2 + (9 * (name.Length + value.Length)));
        var at = Separator(free);
        at += Escape(name, free[at..]);
        free[at++] = '=';
        at += Escape(value, free[at..]);
        _length += at;
        return this;
    }

    /// <summary>
    /// <paramref name="address"/> and <paramref name="path"/> followed by the query string, written once; the
    /// buffer goes back to the pool, so the builder cannot be used again.
    /// </summary>
    public string AppendTo(string address, string path)
    {
        var text = Text;
        var whole = string.Concat(address.AsSpan(), path.AsSpan(), text);
        Release();
        return whole;
    }

    /// <inheritdoc/>
    public override string ToString() => _spent ? string.Empty : new(Text);

    private ReadOnlySpan<char> Text
    {
        get
        {
            ObjectDisposedException.ThrowIf(_spent, this);
            return _buffer.AsSpan(0, _length);
        }
    }

    /// <summary>At least <paramref name="count"/> free characters after the text, in a larger pooled buffer if need be.</summary>
    private Span<char> Reserve(int count)
    {
        ObjectDisposedException.ThrowIf(_spent, this);
        // Stryker disable once Equality : a buffer with exactly enough room grows one step early; the text is the same
        if (_buffer is null || _buffer.Length - _length < count)
        {
            // Doubling, so that many pairs copy the text only a few times; never less than this pair needs.
            // Stryker disable once Arithmetic,NullCoalescing : the step only changes how often the text is copied, never the text
            var doubled = 2 * (_buffer?.Length ?? 64);
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_length + count, doubled));
            if (_buffer is not null)
            {
                _buffer.AsSpan(0, _length).CopyTo(larger);
                // Stryker disable once Statement : a buffer not given back to the pool is collected instead; nothing a caller sees changes
                ArrayPool<char>.Shared.Return(_buffer);
            }

            _buffer = larger;
        }

        return _buffer.AsSpan(_length);
    }

    private int Separator(Span<char> free)
    {
        free[0] = _length == 0 ? '?' : '&';
        return 1;
    }

    private static int Escape(ReadOnlySpan<char> text, Span<char> destination)
    {
        Uri.TryEscapeDataString(text, destination, out var written);
        return written;
    }

    private void Release()
    {
        // Stryker disable once Block,Statement : a buffer not given back to the pool is collected instead, and a spent builder never reads it; nothing a caller sees changes
        if (_buffer is not null)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = null;
        }

        _length = 0;
        _spent = true;
    }
}
