using System.Security.Cryptography;
using Omnidesk.Chat.Client.Hookpoints.Internal;

namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>
/// Builds the <c>chatServer</c> value you send to Omnidesk (the base address of your hookpoints), and makes
/// hookpoint tokens.
/// </summary>
public static class OmnideskHookpointAddress
{
    /// <summary>The documented minimum length of a <c>chatServer</c> value.</summary>
    public const int MinChatServerLength = 5;

    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>
    /// Builds <c>{publicBaseUrl}/{prefix}/{token}</c>: the <c>chatServer</c> value under which Omnidesk finds
    /// <c>/messageForCustomer</c> and the other hookpoints mapped by <c>MapOmnideskHookpoints(prefix)</c>.
    /// </summary>
    /// <param name="publicBaseUrl">Your app's address as Omnidesk reaches it, for example <c>https://chat.example.com</c>; may have a path.</param>
    /// <param name="prefix">The prefix passed to <c>MapOmnideskHookpoints</c>, for example <c>/omnidesk</c>; may be empty.</param>
    /// <param name="token">The secret hookpoint token: at least 32 ASCII letters and digits.</param>
    /// <returns>The <c>chatServer</c> value, matching <c>^[a-zA-Z0-9.:/-]+$</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The base address is not absolute or has a query or fragment, the token breaks its rule, or the result would
    /// not fit the documented <c>chatServer</c> pattern (for example a <c>_</c> in the host). The message never
    /// contains the token.
    /// </exception>
    public static string Build(Uri publicBaseUrl, string prefix, string token)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(token);
        if (!publicBaseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The public base URL must be absolute (for example https://chat.example.com).", nameof(publicBaseUrl));
        }

        if (publicBaseUrl.Query.Length > 0 || publicBaseUrl.Fragment.Length > 0)
        {
            throw new ArgumentException("The public base URL must have no query string or fragment: chatServer allows only letters, digits and . : / -.", nameof(publicBaseUrl));
        }

        if (!HookpointToken.IsWellFormed(token))
        {
            throw new ArgumentException($"The hookpoint token must be {HookpointToken.Rule}.", nameof(token));
        }

        var baseText = publicBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var trimmedPrefix = prefix.Trim('/');
        var withoutToken = trimmedPrefix.Length == 0 ? baseText : $"{baseText}/{trimmedPrefix}";
        if (!FitsChatServerPattern(withoutToken))
        {
            throw new ArgumentException(
                $"The hookpoint address '{withoutToken}/<token>' does not fit chatServer's pattern ^[a-zA-Z0-9.:/-]+$: use a host and prefix of letters, digits, '.', '-' and '/' only (no '_', '%', query string or non-ASCII).",
                nameof(publicBaseUrl));
        }

        return $"{withoutToken}/{token}";
    }

    /// <summary>Makes a new random hookpoint token: 43 ASCII letters and digits (about 256 bits).</summary>
    /// <returns>The token. Keep it secret, for example in user secrets or a key vault.</returns>
    public static string GenerateToken() => RandomNumberGenerator.GetString(TokenAlphabet, 43);

    private static bool FitsChatServerPattern(string value)
    {
        if (value.Length < MinChatServerLength)
        {
            return false;
        }

        foreach (var character in value)
        {
            if (!char.IsAsciiLetterOrDigit(character) && character is not ('.' or ':' or '/' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
