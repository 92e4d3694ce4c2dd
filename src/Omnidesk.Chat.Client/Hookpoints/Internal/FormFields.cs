using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// Reads an <c>application/x-www-form-urlencoded</c> body (UTF-8) into fields with ASP.NET Core's own readers:
/// <see cref="FormPipeReader"/> (what <c>Request.ReadFormAsync()</c> uses) straight from the body's bytes, and,
/// only when a field came twice, <see cref="FormReader"/> pair by pair to name it as its second occurrence spells
/// it. Their limits (1,024 fields, 2,048-byte names) refuse a hostile body as malformed.
/// </summary>
internal static class FormFields
{
    public static async ValueTask<HookpointFields> ReadAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form;
        try
        {
            var pipe = PipeReader.Create(new ReadOnlySequence<byte>(body));
            form = await new FormPipeReader(pipe, Encoding.UTF8).ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException exception)
        {
            throw TooMany(exception);
        }

        var fields = new HookpointFields();
        foreach (var (name, values) in form)
        {
            if (values.Count > 1)
            {
                return ReadInOrder(body.Span);
            }

            fields.Add(name, values.ToString());
        }

        return fields;
    }

    private static HookpointFields ReadInOrder(ReadOnlySpan<byte> body)
    {
        var fields = new HookpointFields();
        using var reader = new FormReader(Encoding.UTF8.GetString(body));
        while (reader.ReadNextPair() is { } pair)
        {
            fields.Add(pair.Key, pair.Value);
        }

        return fields;
    }

    private static HookpointBodyException TooMany(InvalidDataException exception) => new(
        $"The form body breaks the reader's limits ({FormReader.DefaultValueCountLimit} fields, {FormReader.DefaultKeyLengthLimit}-byte names).",
        exception);
}
