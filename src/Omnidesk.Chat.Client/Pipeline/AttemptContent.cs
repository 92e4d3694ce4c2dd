using System.Net;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// The request body as every attempt writes it: the caller's content, noting the moment the body starts going
/// out, which tells a request that never left (safe to send again) from one the server may have received.
/// It stands in for the caller's content for the whole call and disposes it with the request.
/// </summary>
internal sealed class AttemptContent : HttpContent
{
    private readonly HttpContent _content;
    private readonly CallState _call;

    public AttemptContent(HttpContent content, CallState call)
    {
        _content = content;
        _call = call;
        foreach (var header in content.Headers.NonValidated)
        {
            // A single value (the usual case: Content-Type) as a string: the IEnumerable overload boxes and enumerates.
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

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        _call.MarkBodyStarted();
        return _content.CopyToAsync(stream, context, cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        var known = _content.Headers.ContentLength;
        length = known.GetValueOrDefault();
        return known.HasValue;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _content.Dispose();
        }

        base.Dispose(disposing);
    }
}
