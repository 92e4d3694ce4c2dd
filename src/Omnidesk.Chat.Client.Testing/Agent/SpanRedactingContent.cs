using System.Diagnostics;
using System.Net;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// The body of an agent's POST, which masks the hookpoint token in the HTTP client's span while it is sent:
/// <c>System.Net.Http</c> tags its span with the full URL when the request starts, and the URL holds the token
/// (<c>{chatServer}/{token}/messageForCustomer</c>). No handler of ours runs inside that span, but the body is
/// written inside it, before the span ends and is exported.
/// </summary>
/// <param name="inner">The body as built for the encoding; disposed with this one.</param>
/// <param name="secrets">The path segments of the hookpoint address that look like tokens.</param>
internal sealed class SpanRedactingContent(HttpContent inner, IReadOnlyList<string> secrets) : HttpContent
{
    /// <summary>Wraps <paramref name="content"/> when <paramref name="target"/> has a segment that is a well-formed hookpoint token.</summary>
    public static HttpContent For(HttpContent content, Uri target)
    {
        var secrets = target.AbsolutePath.Split('/').Where(OmnideskHookpointAddress.IsWellFormedToken).ToArray();
        if (secrets.Length == 0)
        {
            return content;
        }

        var wrapped = new SpanRedactingContent(content, secrets);
        foreach (var header in content.Headers)
        {
            wrapped.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return wrapped;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        OmnideskSecretRedaction.RedactSpan(Activity.Current, secrets);
        return inner.CopyToAsync(stream, cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = inner.Headers.ContentLength ?? 0;
        return inner.Headers.ContentLength is not null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
