using Microsoft.Net.Http.Headers;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>The three encodings a hookpoint body may come in (the documents name none: we read all three).</summary>
internal enum HookpointEncoding
{
    FormUrlEncoded,
    Multipart,
    Json,
}

/// <summary>
/// Reads a request's Content-Type into a <see cref="HookpointEncoding"/> (and the multipart boundary, quoted or
/// not) with ASP.NET Core's own header parser.
/// </summary>
internal static class HookpointContentType
{
    public const string Accepted = "application/x-www-form-urlencoded, multipart/form-data or application/json";

    /// <summary>The longest boundary accepted; RFC 2046 allows 70 characters, real senders stay far below this.</summary>
    public const int MaxBoundaryLength = 200;

    public static bool TryRead(string? contentType, out HookpointEncoding encoding, out string boundary)
    {
        encoding = default;
        boundary = string.Empty;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var type = mediaType.MediaType;
        if (type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            encoding = HookpointEncoding.FormUrlEncoded;
            return true;
        }

        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/json", StringComparison.OrdinalIgnoreCase))
        {
            encoding = HookpointEncoding.Json;
            return true;
        }

        if (type.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            encoding = HookpointEncoding.Multipart;
            boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).ToString();
            return true;
        }

        return false;
    }
}
