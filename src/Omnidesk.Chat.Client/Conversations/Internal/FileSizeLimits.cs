namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>Finds the size limit of a customer file's media type: the exact type, then its family (<c>image/*</c>), then the default.</summary>
internal static class FileSizeLimits
{
    public static long For(string contentType, OmnideskConversationsOptions options)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        if (options.MaxFileSizeByMediaType.TryGetValue(mediaType, out var exact))
        {
            return exact;
        }

        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && options.MaxFileSizeByMediaType.TryGetValue(string.Concat(mediaType.AsSpan(0, slash), "/*"), out var family))
        {
            return family;
        }

        return options.MaxFileSize;
    }
}
