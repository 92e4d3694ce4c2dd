using System.Globalization;
using System.Text;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// Turns a real display name into a valid <c>customerName</c>, whose documented rule (<c>^[a-zA-Z 0-9]+$</c>)
/// refuses most real names: <c>FromDisplayName("Zoë Núñez-O'Brien")</c> is <c>"Zoe Nunez OBrien"</c>.
/// </summary>
public static class OmnideskCustomerName
{
    /// <summary>
    /// Folds <paramref name="displayName"/> into letters <c>a-z A-Z</c>, digits and single spaces: accents are
    /// dropped (<c>ë</c> → <c>e</c>), a few letters are spelled out (<c>ø</c> → <c>o</c>, <c>ß</c> → <c>ss</c>,
    /// <c>æ</c> → <c>ae</c>, <c>đ</c> → <c>d</c>, <c>ł</c> → <c>l</c>, <c>œ</c> → <c>oe</c>, <c>þ</c> → <c>th</c>),
    /// apostrophes and letters of other scripts are dropped, and any other character (a hyphen, a dot, white
    /// space, a symbol) separates words. The fold is a fixed table of the Latin letters, so it gives the same name
    /// with invariant globalization (NativeAOT, slim containers) as with ICU.
    /// </summary>
    /// <param name="displayName">The name as the customer wrote it.</param>
    /// <returns>A name that satisfies the <c>customerName</c> rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="displayName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Nothing of the name is left: it has no letter or digit that folds to <c>a-z A-Z 0-9</c>.</exception>
    public static string FromDisplayName(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var name = new StringBuilder(displayName.Length);
        // Stryker disable once Boolean : Append writes no space before the first letter, so a separator pending at the start changes nothing
        var separated = false;
        foreach (var c in displayName)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                Append(name, c, ref separated);
            }
            else if (LatinFolding.Fold(c) is { } spelled)
            {
                foreach (var letter in spelled)
                {
                    Append(name, letter, ref separated);
                }
            }
            else if (!IsDropped(c))
            {
                separated = true;
            }
        }

        return name.Length > 0
            ? name.ToString()
            : throw new ArgumentException("The display name has no letter or digit that can be written as a-z, A-Z or 0-9, so no customerName can be made of it.", nameof(displayName));
    }

    private static void Append(StringBuilder name, char c, ref bool separated)
    {
        if (separated && name.Length > 0)
        {
            name.Append(' ');
        }

        separated = false;
        name.Append(c);
    }

    /// <summary>Accents, apostrophes and letters of other scripts vanish without splitting the word.</summary>
    private static bool IsDropped(char c) =>
        c is '\'' or '\u2019' or '\u02bc' or '`' or '\u00b4'
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
        || (char.IsLetter(c) && !char.IsAscii(c));
}
