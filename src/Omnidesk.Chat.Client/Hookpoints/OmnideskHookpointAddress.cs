using System.Buffers;
using System.Security.Cryptography;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>
/// Builds the <c>chatServer</c> value you send to Omnidesk (the base address of your hookpoints), and makes
/// hookpoint tokens.
/// </summary>
public static class OmnideskHookpointAddress
{
    /// <summary>The rule every hookpoint token follows, as it is quoted in validation messages.</summary>
    public const string TokenRule = "at least 32 characters, ASCII letters and digits only";

    /// <summary>The shortest hookpoint token accepted.</summary>
    public const int MinTokenLength = 32;

    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly SearchValues<char> TokenCharacters = SearchValues.Create(TokenAlphabet);

    /// <summary>
    /// Builds <c>{publicBaseUrl}/{prefix}/{token}</c>: the <c>chatServer</c> value under which Omnidesk finds
    /// <c>/messageForCustomer</c> and the other hookpoints mapped by <c>MapOmnideskHookpoints(prefix)</c>.
    /// </summary>
    /// <param name="publicBaseUrl">Your app's address as Omnidesk reaches it, for example <c>https://chat.example.com</c>; may have a path.</param>
    /// <param name="prefix">The prefix passed to <c>MapOmnideskHookpoints</c>, for example <c>/omnidesk</c>; may be empty.</param>
    /// <param name="token">The secret hookpoint token: at least 32 ASCII letters and digits.</param>
    /// <returns>The <c>chatServer</c> value, matching <c>^[a-zA-Z0-9.:/-]+$</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">
    /// The base address is not absolute or has a query or fragment (field <c>chatServer</c>), the token breaks its
    /// rule (field <c>token</c>), or the result would not fit the documented <c>chatServer</c> pattern (for example
    /// a <c>_</c> in the host). The message never contains the token.
    /// </exception>
    public static string Build(Uri publicBaseUrl, string prefix, string token)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(token);
        var chatServer = FieldRules.ChatServer;
        if (!publicBaseUrl.IsAbsoluteUri || publicBaseUrl.Query.Length > 0 || publicBaseUrl.Fragment.Length > 0)
        {
            throw new OmnideskValidationException(chatServer.Field, chatServer.Rule,
                "the public base URL must be absolute, with no query string or fragment (for example https://chat.example.com).");
        }

        if (!IsWellFormedToken(token))
        {
            throw new OmnideskValidationException(nameof(token), TokenRule, "the hookpoint token breaks its rule.");
        }

        var baseText = publicBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var trimmedPrefix = prefix.Trim('/');
        var withoutToken = trimmedPrefix.Length == 0 ? baseText : $"{baseText}/{trimmedPrefix}";
        var address = $"{withoutToken}/{token}";
        if (!chatServer.IsValid(address))
        {
            throw new OmnideskValidationException(chatServer.Field, chatServer.Rule,
                $"'{withoutToken}/<token>' does not fit: use a host, path and prefix of ASCII letters, digits, '.', '-' and '/' only (no '_', '%' or query string).");
        }

        return address;
    }

    /// <summary>
    /// Tells whether <paramref name="token"/> follows <see cref="TokenRule"/>: letters and digits only (so that the
    /// address still fits the documented <c>chatServer</c> pattern), at least <see cref="MinTokenLength"/> of them.
    /// </summary>
    /// <param name="token">The token to check; <see langword="null"/> is not well formed.</param>
    /// <returns><see langword="true"/> when the token may be used.</returns>
    public static bool IsWellFormedToken(string? token) =>
        token is { Length: >= MinTokenLength } && !token.AsSpan().ContainsAnyExcept(TokenCharacters);

    /// <summary>Makes a new random hookpoint token: 43 ASCII letters and digits (about 256 bits).</summary>
    /// <returns>The token. Keep it secret, for example in user secrets or a key vault.</returns>
    public static string GenerateToken() => RandomNumberGenerator.GetString(TokenAlphabet, 43);
}
