using Microsoft.AspNetCore.Http;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Serves the page, its stylesheet and its script from the assembly's embedded resources, with a content
/// security policy that lets the page reach nothing but the emulator itself.
/// </summary>
internal static class DeskAssets
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
        + "form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static async Task WriteAsync(HttpContext http, string name)
    {
        var response = http.Response;
        var assembly = typeof(DeskAssets).Assembly;
        using var resource = assembly.GetManifestResourceStream("Omnidesk.Chat.Client.Testing.Desk." + name)
            ?? throw new InvalidOperationException($"The desk asset {name} is not embedded in {assembly.GetName().Name}.");
        response.ContentType = Path.GetExtension(name) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            _ => "text/html; charset=utf-8",
        };
        response.ContentLength = resource.Length;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await resource.CopyToAsync(response.Body, http.RequestAborted).ConfigureAwait(false);
        }
    }
}
