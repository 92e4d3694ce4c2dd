using System.Net;

namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// An answer's body read whole into a pooled <see cref="ResponseBuffer"/>, standing in for the content it was
/// read from (same headers). The resilience handler reads each answer within its attempt into one; the transport
/// then takes the bytes (<see cref="ResponseBuffer.ReadAsync"/>) without a second copy or a body-sized allocation.
/// </summary>
internal sealed class BufferedContent : HttpContent
{
    private ResponseBuffer _buffer;
    private bool _taken;

    private BufferedContent(ResponseBuffer buffer, HttpContent original)
    {
        _buffer = buffer;
        foreach (var header in original.Headers.NonValidated)
        {
            if (header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (header.Value.Count == 1)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value.ToString());
            }
            else
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="content"/> whole and disposes it. A failure to read it is an
    /// <see cref="HttpRequestException"/>, as when <see cref="HttpContent.LoadIntoBufferAsync()"/> buffers an answer,
    /// so that the retry rules judge it alike.
    /// </summary>
    public static async Task<BufferedContent> LoadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        ResponseBuffer buffer;
        try
        {
            buffer = await ResponseBuffer.ReadAsync(content, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException failure)
        {
            throw new HttpRequestException(
                failure is HttpIOException io ? io.HttpRequestError : HttpRequestError.Unknown,
                "Error while copying content to a stream.",
                failure);
        }

        var buffered = new BufferedContent(buffer, content);
        content.Dispose();
        return buffered;
    }

    /// <summary>Hands the bytes over to the caller, who returns them to the pool; the content is empty after.</summary>
    public ResponseBuffer Take()
    {
        ObjectDisposedException.ThrowIf(_taken, this);
        _taken = true;
        var buffer = _buffer;
        _buffer = default;
        return buffer;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_taken, this);
        return stream.WriteAsync(_buffer.Memory, cancellationToken).AsTask();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _buffer.Length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_taken)
        {
            _taken = true;
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
