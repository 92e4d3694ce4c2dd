using System.Text;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>One part of a multipart hookpoint body: the headers the hookpoints use and a stream over its bytes.</summary>
internal sealed class HookpointPart(
    MultipartBody owner, string name, string? fileName, string? contentType, long? contentLength, Stream body)
{
    public string Name { get; } = name;

    /// <summary>Gets the file name as sent (<c>filename*</c> decoded when present), not yet made safe.</summary>
    public string? FileName { get; } = fileName;

    public string? ContentType { get; } = string.IsNullOrEmpty(contentType) ? null : contentType;

    public long? ContentLength { get; } = contentLength;

    /// <summary>Opens the part's bytes, refusing more than <paramref name="limit"/> of them.</summary>
    /// <param name="limit">The most bytes the part may hold.</param>
    /// <param name="description">What the part is, for the message when it is too large ("The file").</param>
    public HookpointPartStream Open(long limit, string description) => new(owner, body, limit, description);

    /// <summary>Reads the whole part as UTF-8 text, refusing more than <paramref name="limit"/> bytes.</summary>
    public async ValueTask<string> ReadTextAsync(int limit, CancellationToken cancellationToken)
    {
        using var text = new MemoryStream();
        await Open(limit, $"field '{Name}'").CopyToAsync(text, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }
}
