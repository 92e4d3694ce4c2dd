using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Omnidesk.Chat.Sample.Hosting;

/// <summary>
/// How the sample runs, read from configuration (environment variables such as <c>Omnidesk__BaseAddress</c>, or
/// command-line arguments such as <c>--Omnidesk:BaseAddress=...</c>). Without <c>Omnidesk:BaseAddress</c> it runs
/// on the embedded emulator.
/// </summary>
internal sealed record SampleSettings
{
    public const string PublicBaseUrlKey = "Omnidesk:Hookpoints:PublicBaseUrl";
    public const string ListenUrlKey = "Sample:ListenUrl";
    public const string AgentTimeoutKey = "Sample:AgentTimeoutSeconds";
    public const string WaitForAgentKey = "Sample:WaitForAgent";

    /// <summary>Whether no account is configured, so the sample starts the emulator.</summary>
    public required bool UseEmulator { get; init; }

    /// <summary>Where the hookpoints listen: a free loopback port on the emulator, port 5080 for a real account.</summary>
    public required string ListenUrl { get; init; }

    /// <summary>The address Omnidesk reaches the hookpoints at (a tunnel or reverse proxy to <see cref="ListenUrl"/>).</summary>
    public Uri? PublicBaseUrl { get; init; }

    /// <summary>How long to wait for the agent's reply: 10 seconds on the emulator, 5 minutes for a real agent.</summary>
    public required TimeSpan AgentTimeout { get; init; }

    /// <summary>Whether to wait for the agent at all (a real account only; <c>Sample:WaitForAgent=false</c> skips it).</summary>
    public required bool WaitForAgent { get; init; }

    public static SampleSettings From(IConfiguration configuration)
    {
        var useEmulator = string.IsNullOrWhiteSpace(configuration["Omnidesk:BaseAddress"]);
        var timeout = configuration[AgentTimeoutKey];
        return new SampleSettings
        {
            UseEmulator = useEmulator,
            ListenUrl = configuration[ListenUrlKey] ?? (useEmulator ? "http://127.0.0.1:0" : "http://127.0.0.1:5080"),
            PublicBaseUrl = ReadUri(configuration, PublicBaseUrlKey),
            AgentTimeout = timeout is null
                ? TimeSpan.FromSeconds(useEmulator ? 10 : 300)
                : TimeSpan.FromSeconds(double.Parse(timeout, CultureInfo.InvariantCulture)),
            WaitForAgent = useEmulator || !bool.TryParse(configuration[WaitForAgentKey], out var wait) || wait,
        };
    }

    private static Uri? ReadUri(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } text
            ? Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw new SampleFailedException($"{key} must be an absolute address such as https://chat.example.com; '{text}' is not.")
            : null;
}
