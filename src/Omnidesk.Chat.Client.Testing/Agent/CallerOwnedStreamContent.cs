using System.Net;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>Streams a caller's <see cref="Stream"/> into a request without buffering it and without disposing it.</summary>
internal sealed class CallerOwnedStreamContent(Stream stream) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream target, TransportContext? context)
        => stream.CopyToAsync(target);

    protected override Task SerializeToStreamAsync(Stream target, TransportContext? context, CancellationToken cancellationToken)
        => stream.CopyToAsync(target, cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        if (stream.CanSeek)
        {
            length = stream.Length - stream.Position;
            return true;
        }

        length = 0;
        return false;
    }
}
