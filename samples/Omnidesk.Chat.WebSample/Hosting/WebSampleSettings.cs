using Microsoft.Extensions.Configuration;

namespace Omnidesk.Chat.WebSample.Hosting;

/// <summary>
/// How the sample runs. Without <c>Omnidesk:BaseAddress</c> it starts the embedded emulator with its agent desk
/// and listens on a free loopback port; with it, it listens on <c>WebSample:ListenUrl</c> (default
/// <c>http://127.0.0.1:5080</c>) and tells Omnidesk to post the agent's side to <c>Omnidesk:Hookpoints:PublicBaseUrl</c>.
/// </summary>
internal sealed record WebSampleSettings
{
    public const string ListenUrlKey = "WebSample:ListenUrl";
    public const string PublicBaseUrlKey = "Omnidesk:Hookpoints:PublicBaseUrl";

    public required bool UseEmulator { get; init; }

    public required Uri ListenUrl { get; init; }

    public Uri? PublicBaseUrl { get; init; }

    public static WebSampleSettings From(IConfiguration configuration)
    {
        var useEmulator = string.IsNullOrWhiteSpace(configuration["Omnidesk:BaseAddress"]);
        var listen = ReadUri(configuration, ListenUrlKey) ?? new Uri(useEmulator ? "http://127.0.0.1:0" : "http://127.0.0.1:5080");
        var publicBaseUrl = ReadUri(configuration, PublicBaseUrlKey);
        if (!useEmulator && publicBaseUrl is null)
        {
            throw new WebSampleConfigurationException(
                $"Set {PublicBaseUrlKey} (env Omnidesk__Hookpoints__PublicBaseUrl) to the public https address that forwards to {listen}, so Omnidesk can post the agent's replies.");
        }

        return new WebSampleSettings { UseEmulator = useEmulator, ListenUrl = listen, PublicBaseUrl = publicBaseUrl };
    }

    private static Uri? ReadUri(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } text
            ? Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw new WebSampleConfigurationException($"{key} must be an absolute address such as http://127.0.0.1:5080; '{text}' is not.")
            : null;
}
