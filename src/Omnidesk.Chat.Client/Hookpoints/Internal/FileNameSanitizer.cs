using System.Globalization;
using System.Text;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// Turns the file name a sender chose into a plain name that is safe to show and to use as the last segment of
/// a path: no directories, no control, format (bidirectional override) or reserved characters, no leading or
/// trailing dots and spaces, no Windows device names, at most <see cref="MaxLength"/> characters.
/// </summary>
internal static class FileNameSanitizer
{
    public const int MaxLength = 128;
    public const string Fallback = "file";
    private const int MaxExtensionLength = 16;

    private static readonly string[] WindowsDeviceNames =
    [
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];

    public static string Sanitize(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return Fallback;
        }

        // Only the last segment of a Unix or Windows path, without a drive ("C:name").
        var name = fileName[(fileName.AsSpan().LastIndexOfAny('/', '\\') + 1)..];
        if (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0]))
        {
            name = name[2..];
        }

        var safe = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            var category = char.GetUnicodeCategory(character);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            safe.Append(character is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : character);
        }

        var trimmed = safe.ToString().Trim().Trim('.').Trim();
        if (trimmed.Length == 0)
        {
            return Fallback;
        }

        var stem = trimmed.Split('.', 2)[0].TrimEnd();
        if (WindowsDeviceNames.Contains(stem, StringComparer.OrdinalIgnoreCase))
        {
            trimmed = "_" + trimmed;
        }

        return Shorten(trimmed);
    }

    /// <summary>Caps the length, keeping a short extension and never splitting a surrogate pair.</summary>
    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= MaxExtensionLength ? name[dot..] : string.Empty;
        var stemLength = MaxLength - extension.Length;
        if (char.IsHighSurrogate(name[stemLength - 1]))
        {
            stemLength--;
        }

        return name[..stemLength].TrimEnd() + extension;
    }
}
