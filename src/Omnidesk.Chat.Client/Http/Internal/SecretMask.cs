namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>Masks the configured secrets in text the server sent back, before it reaches an exception or a log.</summary>
internal sealed class SecretMask
{
    private const string Mask = "***";
    private readonly string[] _secrets;

    public SecretMask(OmnideskChatOptions options)
    {
        // The hookpoint base is masked whole: its path may hold the hookpoints' secret token.
        _secrets = new[] { options.ApiKey, options.ChatsApiKey, options.ChatAccountToken, options.ChatServerToken, options.ChatServer }
            .Where(s => !string.IsNullOrEmpty(s))
            .Distinct(StringComparer.Ordinal)
            .Cast<string>()
            .ToArray();
    }

    public string? Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
