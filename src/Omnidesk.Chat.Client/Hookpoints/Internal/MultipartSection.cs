using System.Text;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>One part of a multipart body: its headers and a stream over its bytes.</summary>
internal sealed class MultipartSection(MultipartSectionHeaders headers, MultipartSectionStream body)
{
    public MultipartSectionHeaders Headers { get; } = headers;

    public MultipartSectionStream Body { get; } = body;

    /// <summary>Reads the whole part as UTF-8 text, refusing more than <paramref name="limit"/> bytes.</summary>
    public async ValueTask<string> ReadTextAsync(int limit, CancellationToken cancellationToken)
    {
        Body.LimitTo(limit, $"field '{Headers.Name}'");
        using var text = new MemoryStream();
        await Body.CopyToAsync(text, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }
}
