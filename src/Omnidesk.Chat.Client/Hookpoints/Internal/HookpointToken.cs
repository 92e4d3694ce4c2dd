namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// The rule for the secret path segment of a hookpoint address: letters and digits only (so that the address
/// still fits the documented <c>chatServer</c> pattern), at least <see cref="MinLength"/> characters.
/// </summary>
internal static class HookpointToken
{
    public const int MinLength = 32;

    public const string Rule = "at least 32 characters, ASCII letters and digits only";

    public static bool IsWellFormed(string? token) =>
        token is { Length: >= MinLength } && IsLettersAndDigits(token);

    private static bool IsLettersAndDigits(string token)
    {
        foreach (var character in token)
        {
            if (!char.IsAsciiLetterOrDigit(character))
            {
                return false;
            }
        }

        return true;
    }
}
