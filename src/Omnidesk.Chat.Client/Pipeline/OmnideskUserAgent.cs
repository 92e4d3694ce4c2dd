using System.Net.Http.Headers;
using System.Reflection;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// The <c>User-Agent</c> of every request: <c>Omnidesk.Chat.Client/0.1.0 (.NET 10.0.1)</c>, then the products the
/// user appends with <see cref="OmnideskChatOptions.UserAgentSuffix"/> (<c>MyShop/2.1</c>).
/// </summary>
internal static class OmnideskUserAgent
{
    /// <summary>The SDK's own product and comment: the package version (without the commit) and the runtime's.</summary>
    public static readonly string Sdk = $"Omnidesk.Chat.Client/{PackageVersion()} (.NET {Environment.Version})";

    /// <summary>Whether <paramref name="suffix"/> can follow the SDK's product in the header (product tokens and comments).</summary>
    public static bool IsValidSuffix(string suffix)
    {
        using var probe = new HttpRequestMessage();
        return suffix.Trim().Length > 0 && probe.Headers.UserAgent.TryParseAdd(suffix);
    }

    /// <summary>Sets the header on a client's default headers, so that every request it sends carries it.</summary>
    public static void Apply(HttpRequestHeaders headers, string? suffix)
    {
        headers.UserAgent.Clear();
        headers.UserAgent.ParseAdd(string.IsNullOrWhiteSpace(suffix) ? Sdk : $"{Sdk} {suffix.Trim()}");
    }

    private static string PackageVersion()
    {
        var version = typeof(OmnideskUserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var commit = version.IndexOf('+', StringComparison.Ordinal);
        return commit < 0 ? version : version[..commit];
    }
}
