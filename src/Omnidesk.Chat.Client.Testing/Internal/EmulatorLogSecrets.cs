using System.Text.RegularExpressions;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Which secrets one log entry must not show, handed to the SDK's masker (<see cref="OmnideskSecretRedaction"/>):
/// the keys and tokens the emulator is configured with (read at each entry, as the options are), the hookpoint
/// tokens of the sessions it knows, and the values of the secret parameters in the entry's own text. Kestrel
/// writes a request's "Request starting" line before the emulator reads the request, so a hookpoint token in
/// addAttachment's <c>chatServer</c> or a wrong key in the query is found in the line itself, as the SDK finds
/// the secrets of a call (its query's <c>apiKey</c>, <c>chatAccountToken</c>, <c>chatServerToken</c>,
/// <c>chatServer</c>, and the token segments of a chat server).
/// </summary>
internal sealed partial class EmulatorLogSecrets(OmnideskEmulatorOptions options, EmulatorState state)
{
    /// <summary>The tokens in a chat server's path: its segments that are well-formed hookpoint tokens.</summary>
    public static IEnumerable<string> TokensIn(string chatServer)
        => chatServer.Split('/').Where(OmnideskHookpointAddress.IsWellFormedToken);

    /// <summary>The secrets to mask in an entry whose texts (message, state values, scope) are <paramref name="texts"/>.</summary>
    public IReadOnlyList<string?> For(IEnumerable<string?> texts)
    {
        List<string?> secrets = [options.ApiKey, options.ChatsApiKey, options.ChatAccountToken, options.ChatServerToken, .. state.HookpointTokens()];
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text) || !text.Contains('='))
            {
                continue;
            }

            foreach (Match match in SecretParameter().Matches(text))
            {
                var raw = match.Groups["value"].Value;
                var value = Unescape(raw);
                secrets.Add(raw);
                secrets.Add(value);
                if (match.Groups["name"].Value.Equals("chatServer", StringComparison.OrdinalIgnoreCase))
                {
                    secrets.AddRange(TokensIn(value));
                }
            }
        }

        return secrets;
    }

    private static string Unescape(string raw)
    {
        try
        {
            return Uri.UnescapeDataString(raw.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return raw;
        }
    }

    /// <summary>A secret query or form parameter in a URL or a line: <c>?apiKey=…</c>, <c>&amp;chatServer=…</c>.</summary>
    [GeneratedRegex(@"(?<=^|[?&;\s])(?<name>apiKey|chatAccountToken|chatServerToken|chatServer)=(?<value>[^&\s#""']+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();
}
