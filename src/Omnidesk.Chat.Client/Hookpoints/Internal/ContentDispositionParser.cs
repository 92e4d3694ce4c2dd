using System.Text;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// Reads a multipart part's <c>Content-Disposition: form-data; name="x"; filename="y"</c>, tolerating what
/// real senders write: raw backslashes in quoted file names, <c>filename*</c> (RFC 5987, preferred) and
/// MIME encoded words (<c>=?utf-8?B?...?=</c>).
/// </summary>
internal static class ContentDispositionParser
{
    public static bool TryParseFormData(string value, out string? name, out string? fileName)
    {
        name = null;
        fileName = null;
        string? fileNameStar = null;
        var position = 0;
        var type = ReadToken(value, ref position);
        if (!type.Equals("form-data", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        while (position < value.Length)
        {
            SkipSeparators(value, ref position);
            var parameter = ReadToken(value, ref position).Trim();
            if (position >= value.Length || value[position] != '=')
            {
                continue;
            }

            position++;
            var parameterValue = ReadValue(value, ref position);
            if (parameter.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                name ??= parameterValue;
            }
            else if (parameter.Equals("filename", StringComparison.OrdinalIgnoreCase))
            {
                fileName ??= DecodeEncodedWord(parameterValue);
            }
            else if (parameter.Equals("filename*", StringComparison.OrdinalIgnoreCase))
            {
                fileNameStar ??= DecodeExtendedValue(parameterValue);
            }
        }

        fileName = fileNameStar ?? fileName;
        return !string.IsNullOrEmpty(name);
    }

    private static void SkipSeparators(string value, ref int position)
    {
        while (position < value.Length && (value[position] is ';' or ' ' or '\t'))
        {
            position++;
        }
    }

    private static string ReadToken(string value, ref int position)
    {
        var start = position;
        while (position < value.Length && value[position] is not (';' or '='))
        {
            position++;
        }

        return value[start..position].Trim();
    }

    private static string ReadValue(string value, ref int position)
    {
        while (position < value.Length && value[position] is ' ' or '\t')
        {
            position++;
        }

        if (position >= value.Length || value[position] != '"')
        {
            var start = position;
            while (position < value.Length && value[position] != ';')
            {
                position++;
            }

            return value[start..position].Trim();
        }

        // Quoted: only \" and \\ are escapes; any other backslash is literal (browsers send raw Windows paths).
        position++;
        var text = new StringBuilder();
        while (position < value.Length && value[position] != '"')
        {
            if (value[position] == '\\' && position + 1 < value.Length && value[position + 1] is '"' or '\\')
            {
                position++;
            }

            text.Append(value[position]);
            position++;
        }

        position++;
        return text.ToString();
    }

    /// <summary>RFC 5987 <c>charset'language'percent-encoded</c>; <see langword="null"/> when unreadable.</summary>
    private static string? DecodeExtendedValue(string value)
    {
        var parts = value.Split('\'', 3);
        if (parts.Length != 3)
        {
            return null;
        }

        var encoding = parts[0].Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase)
            ? Encoding.Latin1
            : Encoding.UTF8;
        return encoding.GetString(PercentDecode(parts[2]));
    }

    private static byte[] PercentDecode(string value)
    {
        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length
                && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.Add((byte)((Uri.FromHex(value[i + 1]) << 4) | Uri.FromHex(value[i + 2])));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
        }

        return [.. bytes];
    }

    /// <summary>Decodes a whole-value MIME encoded word <c>=?utf-8?B?...?=</c>; other text is returned unchanged.</summary>
    private static string DecodeEncodedWord(string value)
    {
        const string Prefix = "=?utf-8?b?";
        if (value.Length > Prefix.Length + 2
            && value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && value.EndsWith("?=", StringComparison.Ordinal))
        {
            var base64 = value[Prefix.Length..^2];
            var buffer = new byte[base64.Length];
            if (Convert.TryFromBase64String(base64, buffer, out var written))
            {
                return Encoding.UTF8.GetString(buffer, 0, written);
            }
        }

        return value;
    }
}
