using System.Buffers;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// A whole text hookpoint body, read into a pooled array while refusing to hold more than the limit. Dispose it
/// once its fields are read (they are copied out as strings).
/// </summary>
internal readonly struct BoundedBody : IDisposable
{
    private readonly byte[] _array;
    private readonly int _length;

    private BoundedBody(byte[] array, int length)
    {
        _array = array;
        _length = length;
    }

    public ReadOnlyMemory<byte> Memory => _array.AsMemory(0, _length);

    /// <summary>A read-only stream over the body's bytes, valid until the body is disposed.</summary>
    public MemoryStream AsStream() => new(_array, 0, _length, writable: false);

    public static async ValueTask<BoundedBody> ReadAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 4096));
        var length = 0;
        try
        {
            while (true)
            {
                // The pool may hand out more than asked: never read past limit + 1 bytes all the same.
                var room = Math.Min(buffer.Length, limit + 1) - length;
                if (room == 0)
                {
                    if (length > limit)
                    {
                        throw new HookpointBodyException(
                            HookpointParseOutcome.PayloadTooLarge, $"The body is larger than {limit} bytes.");
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)limit + 1, buffer.Length * 2L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                    continue;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new BoundedBody(buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_array is not null)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }
    }
}
