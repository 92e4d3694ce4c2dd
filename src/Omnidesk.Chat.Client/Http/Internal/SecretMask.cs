namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// Masks secrets in text the server sent back, before it reaches an exception or a log: the configured ones,
/// and (<see cref="For"/>) those set on the request itself, in its form fields or its query.
/// </summary>
internal sealed class SecretMask
{
    private const string Mask = "***";

    /// <summary>The fields and query parameters whose values are secrets (the chat server's path may hold the hookpoint token).</summary>
    private static readonly string[] SecretFields = ["apiKey", "chatAccountToken", "chatServerToken", "chatServer"];

    private readonly string[] _secrets;

    public SecretMask(OmnideskChatOptions options)
        : this([options.ApiKey, options.ChatsApiKey, options.ChatAccountToken, options.ChatServerToken, options.ChatServer])
    {
    }

    private SecretMask(IEnumerable<string?> secrets)
    {
        // Longest first, so that a secret holding another is masked whole.
        _secrets = secrets
            .Where(s => !string.IsNullOrEmpty(s))
            .Distinct(StringComparer.Ordinal)
            .Cast<string>()
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    /// <summary>This mask plus the secrets <paramref name="request"/> carries; made only when an error is reported.</summary>
    public SecretMask For(OmnideskRequest request)
    {
        var form = (request.Call?.Content ?? request.Content) as IFormFields;
        var query = request.RequestUri is { Query.Length: > 1 } address ? QueryValues(address.Query) : [];
        var own = SecretFields.Select(name => form?.ValueOf(name)).Concat(query);
        return new SecretMask(_secrets.Concat(own));
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

    /// <summary>The unescaped values of the secret parameters of a query string (<c>?a=1&amp;b=2</c>).</summary>
    private static IEnumerable<string> QueryValues(string query) =>
        query[1..].Split('&')
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2 && SecretFields.Contains(Uri.UnescapeDataString(pair[0]), StringComparer.Ordinal))
            .Select(pair => Uri.UnescapeDataString(pair[1]));
}
