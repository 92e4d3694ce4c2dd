using System.Globalization;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>The headers of one multipart part that the hookpoints use: disposition, content type, length.</summary>
internal sealed class MultipartSectionHeaders
{
    public string? Name { get; private set; }

    public string? FileName { get; private set; }

    public string? ContentType { get; private set; }

    public long? ContentLength { get; private set; }

    /// <summary>Reads one <c>Name: value</c> header line; other headers are ignored.</summary>
    public void Add(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw MultipartReader.Malformed("a part header line has no name");
        }

        var name = line.AsSpan(0, colon).Trim();
        var value = line[(colon + 1)..].Trim();
        if (name.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase))
        {
            if (!ContentDispositionParser.TryParseFormData(value, out var fieldName, out var fileName))
            {
                throw MultipartReader.Malformed("a part's Content-Disposition is not form-data with a name");
            }

            Name = fieldName;
            FileName = fileName;
        }
        else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
        {
            ContentType = value.Length == 0 ? null : value;
        }
        else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                throw MultipartReader.Malformed("a part's Content-Length is not a number");
            }

            ContentLength = length;
        }
    }
}
