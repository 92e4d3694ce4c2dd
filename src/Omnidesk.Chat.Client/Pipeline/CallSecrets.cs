using Omnidesk.Chat.Client.Hookpoints.Internal;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// Which secrets a call knows, masked in text the server sent back before it reaches an exception or a log: the
/// configured ones, and (<see cref="For"/>) those set on the request itself, in its form fields or its query. The
/// masking is the SDK's one <see cref="SecretMask"/> (plain and percent-encoded forms, longest first).
/// </summary>
internal sealed class CallSecrets
{
    /// <summary>The fields and query parameters whose values are secrets (the chat server's path may hold the hookpoint token).</summary>
    private static readonly string[] SecretFields = ["apiKey", "chatAccountToken", "chatServerToken", "chatServer"];

    private readonly string?[] _secrets;
    private readonly SecretMask _mask;

    public CallSecrets(OmnideskChatOptions options)
        : this([options.ApiKey, options.ChatsApiKey, options.ChatAccountToken, options.ChatServerToken, options.ChatServer])
    {
    }

    private CallSecrets(string?[] secrets)
    {
        _secrets = secrets;
        // The hookpoint token on its own too: a server that echoes chatServer JSON-escaped (https:\/\/…) does not
        // echo the address as it was sent.
        _mask = new SecretMask(secrets.Concat(secrets.SelectMany(TokenSegments)));
    }

    /// <summary>These secrets plus the ones the call's request carries; made only when an error is reported.</summary>
    public CallSecrets For(CallState call)
    {
        var query = call.Request.RequestUri is { Query.Length: > 1 } address ? QueryValues(address.Query) : [];
        var own = FormValues(call.Content as MultipartFormDataContent).Concat(query);
        return new CallSecrets([.. _secrets, .. own]);
    }

    public string? Apply(string? text) => string.IsNullOrEmpty(text) ? text : _mask.Apply(text);

    /// <summary>The path segments of an address that are well-formed hookpoint tokens.</summary>
    private static IEnumerable<string> TokenSegments(string? value) =>
        value is null ? [] : value.Split('/').Where(Hookpoints.OmnideskHookpointAddress.IsWellFormedToken);

    /// <summary>The values of the secret text fields of a form (each an in-memory <see cref="StringContent"/>).</summary>
    private static IEnumerable<string> FormValues(MultipartFormDataContent? form) =>
        form is null
            ? []
            : form.OfType<StringContent>()
                .Where(part => SecretFields.Contains(part.Headers.ContentDisposition?.Name?.Trim('"'), StringComparer.Ordinal))
                .Select(static part =>
                {
                    using var reader = new StreamReader(part.ReadAsStream());
                    return reader.ReadToEnd();
                });

    /// <summary>The unescaped values of the secret parameters of a query string (<c>?a=1&amp;b=2</c>).</summary>
    private static IEnumerable<string> QueryValues(string query) =>
        query[1..].Split('&')
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2 && SecretFields.Contains(Uri.UnescapeDataString(pair[0]), StringComparer.Ordinal))
            .Select(pair => Uri.UnescapeDataString(pair[1]));
}
