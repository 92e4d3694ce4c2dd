using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// Reads an <c>application/x-www-form-urlencoded</c> body (UTF-8) into fields, pair by pair and in order, with
/// ASP.NET Core's <see cref="FormReader"/> (so a field sent twice is seen under the spelling of its second
/// occurrence). Its limits (1,024 fields, 2,048-character names) refuse a hostile body as malformed.
/// </summary>
internal static class FormFields
{
    public static HookpointFields Read(ReadOnlyMemory<byte> body)
    {
        var fields = new HookpointFields();
        using var reader = new FormReader(Encoding.UTF8.GetString(body.Span));
        try
        {
            while (reader.ReadNextPair() is { } pair)
            {
                fields.Add(pair.Key, pair.Value);
            }
        }
        catch (InvalidDataException exception)
        {
            throw new HookpointBodyException(
                $"The form body breaks the reader's limits ({FormReader.DefaultValueCountLimit} fields, {FormReader.DefaultKeyLengthLimit}-character names).",
                exception);
        }

        return fields;
    }
}
