using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Omnidesk.Chat.Client.Shared;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>
/// A multipart/form-data body read with ASP.NET Core's <see cref="MultipartReader"/>. What it adds: each part's
/// form-data name, file name (<c>filename*</c> preferred) and declared length from the platform's header
/// parsers, and the reader's errors turned into one-line <see cref="HookpointBodyException"/> reasons, while
/// a failure of the body itself (a reset connection) is passed on unchanged.
/// </summary>
internal sealed class MultipartBody
{
    private const int BufferSize = 16 * 1024;

    private readonly WatchedStream _body;
    private readonly MultipartReader _reader;

    public MultipartBody(Stream body, string boundary)
    {
        _body = new WatchedStream(body);
        _reader = new MultipartReader(boundary, _body, BufferSize);
    }

    /// <summary>Moves past the current part and reads the next part's headers.</summary>
    /// <returns>The next part, or <see langword="null"/> after the closing boundary.</returns>
    /// <exception cref="HookpointBodyException">The body is not valid multipart.</exception>
    public async ValueTask<HookpointPart?> ReadNextAsync(CancellationToken cancellationToken)
    {
        MultipartSection? section;
        try
        {
            section = await _reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(exception) is { } failure)
        {
            throw failure;
        }

        if (section is null)
        {
            return null;
        }

        if (section.ContentDisposition is not { } dispositionText)
        {
            throw Malformed("a part has no Content-Disposition with a field name");
        }

        if (!ContentDispositionHeaderValue.TryParse(dispositionText, out var disposition)
            || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(disposition.Name) is not { Length: > 0 } name)
        {
            throw Malformed("a part's Content-Disposition is not form-data with a name");
        }

        long? length = null;
        if (section.Headers!.TryGetValue(HeaderNames.ContentLength, out var lengthText))
        {
            if (!long.TryParse(lengthText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var declared))
            {
                throw Malformed("a part's Content-Length is not a number");
            }

            length = declared;
        }

        // The platform removes a quoted file name's quotes but keeps its escapes; only \" is taken as one, as
        // browsers send raw backslashes (Windows paths) inside the quotes.
        var fileName = disposition.FileNameStar.HasValue
            ? disposition.FileNameStar.ToString()
            : disposition.FileName.HasValue ? disposition.FileName.ToString().Replace("\\\"", "\"", StringComparison.Ordinal) : null;
        return new HookpointPart(this, name.ToString(), fileName, section.ContentType, length, section.Body);
    }

    /// <summary>
    /// Turns an error of the platform's reader into the reason the sender gets; <see langword="null"/> for a
    /// failure of the body itself, or one that is already a <see cref="HookpointBodyException"/>.
    /// </summary>
    public HookpointBodyException? Translate(Exception exception) =>
        exception is HookpointBodyException || _body.Failure is not null
            ? null
            : exception switch
            {
                IOException when _body.Ended => Malformed("the body ended before the closing boundary"),
                InvalidDataException => Malformed("a part's headers, the preamble or the epilogue are not valid or too long"),
                _ => null,
            };

    private static HookpointBodyException Malformed(string reason) =>
        new(HookpointParseOutcome.MalformedBody, $"The multipart body is malformed: {reason}.");
}
