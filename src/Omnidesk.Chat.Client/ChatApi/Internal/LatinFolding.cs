namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>
/// The Latin letters of Unicode folded to ASCII by a fixed table, so that the fold is the same with or without ICU
/// (invariant globalization, as NativeAOT and slim container images set, turns <c>string.Normalize</c> into a
/// no-op for these letters). The table is each letter's compatibility decomposition (NFKD) with its marks left out,
/// plus the letters that have none spelled out (<c>ø</c> → <c>o</c>, <c>ł</c> → <c>l</c>, <c>ß</c> → <c>ss</c>).
/// </summary>
internal static class LatinFolding
{
    private const char None = '-';

    /// <summary>Each ASCII letter and digit as a string, so that folding allocates nothing.</summary>
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(i => ((char)i).ToString())];

    /// <summary>U+00C0 to U+024F (Latin-1 Supplement, Latin Extended-A and -B): one ASCII letter each, or <see cref="None"/>.</summary>
    private const string Latin =
        "AAAAAA-CEEEEIIIIDNOOOOO-OUUUUY--" + // U+00C0
        "aaaaaa-ceeeeiiiidnooooo-ouuuuy-y" + // U+00E0
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg" + // U+0100
        "GgGgHhHhIiIiIiIiIi--JjKkkLlLlLlL" + // U+0120
        "lLlNnNnNnnNnOoOoOo--RrRrRrSsSsSs" + // U+0140
        "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs" + // U+0160
        "bBBb--OCc-DDd-EEEFfG--IIKkl--N--" + // U+0180
        "Oo--Pp------Tt-Uu-VYyZz---------" + // U+01A0
        "-------------AaIiOoUuUuUuUuUueAa" + // U+01C0
        "Aa--GgGgKkOoOo--j---Gg--NnAa----" + // U+01E0
        "AaAaEeEeIiIiOoOoRrRrUuUuSsTt--Hh" + // U+0200
        "-d--ZzAaEeOoOoOoOoYylntj---CcL--" + // U+0220
        "------EeJj--RrYy"; // U+0240

    /// <summary>U+1E00 to U+1EF9 (Latin Extended Additional, Vietnamese among others, up to its last letter with an accent to strip).</summary>
    private const string LatinAdditional =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFf" + // U+1E00
        "GgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm" + // U+1E20
        "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRr" + // U+1E40
        "SsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv" + // U+1E60
        "WwWwWwWwWwXxXxYyZzZzZzhtwyas----" + // U+1E80
        "AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe" + // U+1EA0
        "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOo" + // U+1EC0
        "OoOoUuUuUuUuUuUuUuYyYyYyYy"; // U+1EE0

    /// <summary>The ASCII letters or digits <paramref name="c"/> folds to, or <see langword="null"/> when it has none.</summary>
    public static string? Fold(char c)
    {
        if (Spelled(c) is { } spelled)
        {
            return spelled;
        }

        var folded = c switch
        {
            >= '\u00c0' and <= '\u024f' => Latin[c - '\u00c0'],
            >= '\u1e00' and <= '\u1ef9' => LatinAdditional[c - '\u1e00'],
            >= '\uff10' and <= '\uff5a' => (char)(c - 0xfee0), // full-width digits and letters (the signs between fold to none)
            _ => None,
        };
        return char.IsAsciiLetterOrDigit(folded) ? Ascii[folded] : null;
    }

    /// <summary>The letters that fold to more than one.</summary>
    private static string? Spelled(char c) => c switch
    {
        '\u00c6' => "AE", // Æ
        '\u00de' => "Th", // Þ
        '\u00df' => "ss", // ß
        '\u00e6' => "ae", // æ
        '\u00fe' => "th", // þ
        '\u0132' => "IJ", // Ĳ
        '\u0133' => "ij", // ĳ
        '\u0152' => "OE", // Œ
        '\u0153' => "oe", // œ
        '\u01a2' => "OI", // Ƣ
        '\u01a3' => "oi", // ƣ
        '\u01c4' => "DZ", // Ǆ
        '\u01c5' => "Dz", // ǅ
        '\u01c6' => "dz", // ǆ
        '\u01c7' => "LJ", // Ǉ
        '\u01c8' => "Lj", // ǈ
        '\u01c9' => "lj", // ǉ
        '\u01ca' => "NJ", // Ǌ
        '\u01cb' => "Nj", // ǋ
        '\u01cc' => "nj", // ǌ
        '\u01f1' => "DZ", // Ǳ
        '\u01f2' => "Dz", // ǲ
        '\u01f3' => "dz", // ǳ
        '\u0222' => "OU", // Ȣ
        '\u0223' => "ou", // ȣ
        '\u1e9e' => "SS", // ẞ
        '\ufb00' => "ff", // ﬀ
        '\ufb01' => "fi", // ﬁ
        '\ufb02' => "fl", // ﬂ
        '\ufb03' => "ffi", // ﬃ
        '\ufb04' => "ffl", // ﬄ
        '\ufb05' or '\ufb06' => "st", // ﬅ ﬆ
        _ => null,
    };
}
