using System.Buffers;
using System.Text;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// Reads an <c>application/x-www-form-urlencoded</c> body (UTF-8) into fields, straight from its bytes: as
/// <see cref="System.Net.WebUtility.UrlDecode(string)"/> decodes, <c>+</c> is a space, <c>%XX</c> a byte, and a
/// <c>%</c> not followed by two hex digits stays as it is; empty pairs are skipped.
/// </summary>
internal static class FormUrlEncodedFields
{
    public static HookpointFields Read(ReadOnlySpan<byte> body)
    {
        var fields = new HookpointFields();
        var scratch = ArrayPool<byte>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            while (!body.IsEmpty)
            {
                var end = body.IndexOf((byte)'&');
                var pair = end < 0 ? body : body[..end];
                body = end < 0 ? default : body[(end + 1)..];
                if (pair.IsEmpty)
                {
                    continue;
                }

                var equals = pair.IndexOf((byte)'=');
                var name = Decode(equals < 0 ? pair : pair[..equals], scratch);
                var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..], scratch);
                fields.Add(name, value);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }

        return fields;
    }

    private static string Decode(ReadOnlySpan<byte> encoded, Span<byte> scratch)
    {
        if (encoded.IndexOfAny((byte)'%', (byte)'+') < 0)
        {
            return Encoding.UTF8.GetString(encoded);
        }

        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var current = encoded[i];
            if (current == (byte)'+')
            {
                current = (byte)' ';
            }
            else if (current == (byte)'%' && i + 2 < encoded.Length && TryHex(encoded[i + 1], encoded[i + 2], out var decoded))
            {
                current = decoded;
                i += 2;
            }

            scratch[length++] = current;
        }

        return Encoding.UTF8.GetString(scratch[..length]);
    }

    private static bool TryHex(byte high, byte low, out byte value)
    {
        var h = HexValue(high);
        var l = HexValue(low);
        value = (byte)((h << 4) | l);
        return (h | l) >= 0;
    }

    private static int HexValue(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        _ => -1,
    };
}
