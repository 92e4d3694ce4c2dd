using System.Net;
using System.Text;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>Reads an <c>application/x-www-form-urlencoded</c> body (UTF-8) into fields.</summary>
internal static class FormUrlEncodedFields
{
    public static HookpointFields Read(ReadOnlySpan<byte> body)
    {
        var fields = new HookpointFields();
        foreach (var pair in Encoding.UTF8.GetString(body).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : WebUtility.UrlDecode(pair[(equals + 1)..]);
            fields.Add(name, value);
        }

        return fields;
    }
}
