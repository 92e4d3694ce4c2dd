namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>How a secret shows in <c>ToString()</c>: only whether it is set.</summary>
internal static class SecretText
{
    private const string PathHidden = "/(path not shown)";

    public static string Shown(string? secret) => secret is null ? "(not set)" : "(set)";

    /// <summary>
    /// A hookpoint base (<c>chatServer</c>) without its path, which may hold the hookpoints' secret token:
    /// <c>https://bot.example.com/(path not shown)</c>. <see langword="null"/> stays <see langword="null"/>.
    /// </summary>
    public static string? ShownAddress(string? chatServer)
    {
        if (string.IsNullOrEmpty(chatServer))
        {
            return chatServer;
        }

        var scheme = chatServer.IndexOf("://", StringComparison.Ordinal);
        var path = chatServer.IndexOf('/', scheme < 0 ? 0 : scheme + 3);
        return path < 0 || path == chatServer.Length - 1 ? chatServer : string.Concat(chatServer.AsSpan(0, path), PathHidden);
    }
}
