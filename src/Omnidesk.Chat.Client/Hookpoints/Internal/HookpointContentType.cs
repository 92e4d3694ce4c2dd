using System.Net.Http.Headers;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>The three encodings a hookpoint body may come in (the documents name none: we read all three).</summary>
internal enum HookpointEncoding
{
    FormUrlEncoded,
    Multipart,
    Json,
}

/// <summary>Reads a request's Content-Type into a <see cref="HookpointEncoding"/> (and the multipart boundary).</summary>
internal static class HookpointContentType
{
    public const string Accepted = "application/x-www-form-urlencoded, multipart/form-data or application/json";

    public static bool TryRead(string? contentType, out HookpointEncoding encoding, out string boundary)
    {
        encoding = default;
        boundary = string.Empty;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.MediaType is not { } type)
        {
            return false;
        }

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
            var parameter = mediaType.Parameters.FirstOrDefault(
                p => p.Name.Equals("boundary", StringComparison.OrdinalIgnoreCase));
            boundary = parameter?.Value?.Trim('"') ?? string.Empty;
            return true;
        }

        return false;
    }
}
