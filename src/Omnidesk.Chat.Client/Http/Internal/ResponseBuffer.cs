using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// A response body read into a pooled array, so that it can be checked for an error envelope and then
/// deserialized without a second read or a per-call allocation of its size.
/// </summary>
internal readonly struct ResponseBuffer : IDisposable
{
    /// <summary>Bodies larger than this are refused: no Omnidesk answer comes near it.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    private readonly byte[] _array;

    private ResponseBuffer(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _array.AsSpan(0, Length);

    public bool IsBlank => Span.Trim(" \t\r\n"u8).IsEmpty;

    /// <summary>
    /// Reads the whole body into a pooled array. A <see cref="ValueTask{TResult}"/> from a pooled builder: a body
    /// already in memory costs no task, and one read from the network no task of its own.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<ResponseBuffer> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var expected = DeclaredLength(content);
        var array = ArrayPool<byte>.Shared.Rent(expected is > 0 and <= MaxLength ? (int)expected : 4096);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == array.Length)
                    {
                        if (array.Length >= MaxLength)
                        {
                            throw new HttpRequestException(
                                HttpRequestError.ConfigurationLimitExceeded,
                                $"The response body is larger than {MaxLength / (1024 * 1024)} MiB.");
                        }

                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(array.Length * 2, MaxLength));
                        array.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(array);
                        array = larger;
                    }

                    var read = await stream.ReadAsync(array.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return new ResponseBuffer(array, length);
                    }

                    length += read;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }
    }

    /// <summary>Returns the array to the pool; a default (empty) buffer has none.</summary>
    public void Dispose()
    {
        if (_array is not null)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }
    }

    /// <summary>
    /// The <c>Content-Length</c> the server sent, read as sent: the typed <see cref="System.Net.Http.Headers.HttpContentHeaders.ContentLength"/>
    /// would parse and store it (or compute it) on every answer only to size the first buffer; -1 when not sent.
    /// </summary>
    private static long DeclaredLength(HttpContent content) =>
        content.Headers.NonValidated.TryGetValues("Content-Length", out var values)
        && long.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? length
            : -1;
}
