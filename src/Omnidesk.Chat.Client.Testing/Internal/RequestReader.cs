using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Reads an incoming request whole (query, headers, form fields, file parts, JSON text) into a
/// <see cref="RequestSnapshot"/>; a body it cannot read becomes a 4xx answer, never an exception.
/// </summary>
internal sealed class RequestReader(OmnideskEmulatorOptions options)
{
    private readonly FormOptions _formOptions = new()
    {
        ValueLengthLimit = options.MaxFormValueLength,
        MultipartBodyLengthLimit = options.MaxRequestBodySize,
        BufferBodyLengthLimit = options.MaxRequestBodySize,
    };

    public async Task<(RequestSnapshot Request, EmulatorResponse? Error)> ReadAsync(HttpContext context, EmulatorEndpoint? endpoint)
    {
        var request = context.Request;
        var snapshot = new RequestSnapshot
        {
            Endpoint = endpoint,
            Method = request.Method,
            Path = request.Path.Value ?? "/",
            QueryString = request.QueryString.Value ?? string.Empty,
            Query = request.Query.ToDictionary(
                q => q.Key,
                q => (IReadOnlyList<string>)[.. q.Value.Select(v => v ?? string.Empty)],
                StringComparer.OrdinalIgnoreCase),
            Headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            ContentType = request.ContentType,
        };

        try
        {
            if (request.HasFormContentType)
            {
                request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: options.MaxRequestBodySize);
                try
                {
                    return (await ReadFormAsync(request, snapshot, context.RequestAborted).ConfigureAwait(false), null);
                }
                catch (InvalidDataException ex) when (!IsLimit(ex))
                {
                    if (await HasNoPartsAsync(request, context.RequestAborted).ConfigureAwait(false))
                    {
                        return (CopyWith(snapshot), null);
                    }

                    throw;
                }
            }

            if (IsJson(request.ContentType))
            {
                using var reader = new StreamReader(request.Body);
                var text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
                return (CopyWith(snapshot, jsonBody: text), null);
            }

            await request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
            return (snapshot, null);
        }
        catch (BadHttpRequestException ex)
        {
            return (snapshot, EmulatorResponse.Error(ex.StatusCode, BodyProblem(ex.StatusCode)));
        }
        catch (InvalidDataException ex) when (IsLimit(ex))
        {
            return (snapshot, EmulatorResponse.Error(413, BodyProblem(413)));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException)
        {
            return (snapshot, EmulatorResponse.Error(400, "body: is not a well-formed form or JSON body"));
        }
    }

    public static bool IsJson(string? contentType)
        => contentType is not null
            && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
                || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether ASP.NET refused a form for one of its size or count limits.</summary>
    private static bool IsLimit(InvalidDataException ex) => ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);

    private string BodyProblem(int statusCode) => statusCode == 413
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"body: must be at most {options.MaxRequestBodySize} bytes with form values of at most {options.MaxFormValueLength} characters")
        : "body: could not be read";

    private async Task<RequestSnapshot> ReadFormAsync(HttpRequest request, RequestSnapshot snapshot, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(_formOptions, cancellationToken).ConfigureAwait(false);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in form)
        {
            fields.AddRange(values.Select(v => KeyValuePair.Create(name, v ?? string.Empty)));
        }

        // ASP.NET applies ValueLengthLimit to form-urlencoded values only; apply it to multipart text parts too.
        if (fields.Exists(f => f.Value.Length > options.MaxFormValueLength))
        {
            throw new InvalidDataException("Form value length limit exceeded.");
        }

        var files = new List<RecordedFile>(form.Files.Count);
        foreach (var file in form.Files)
        {
            using var content = new MemoryStream();
            var stream = file.OpenReadStream();
            await using (stream.ConfigureAwait(false))
            {
                await stream.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
            }

            files.Add(new RecordedFile(file.Name, NullIfEmpty(file.FileName), NullIfEmpty(file.ContentType), content.ToArray()));
        }

        return CopyWith(snapshot, fields, files);
    }

    /// <summary>
    /// Whether a multipart body that ASP.NET refused is an empty form: what <c>new MultipartFormDataContent()</c>
    /// sends with no parts (one section without headers).
    /// </summary>
    private static async Task<bool> HasNoPartsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType
            || !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            || !request.Body.CanSeek
            || request.Body.Length > 4096)
        {
            return false;
        }

        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return !text.Contains("content-disposition", StringComparison.OrdinalIgnoreCase)
            && text.TrimEnd().EndsWith("--", StringComparison.Ordinal);
    }

    private static RequestSnapshot CopyWith(
        RequestSnapshot snapshot,
        IReadOnlyList<KeyValuePair<string, string>>? fields = null,
        IReadOnlyList<RecordedFile>? files = null,
        string? jsonBody = null) => new()
        {
            Endpoint = snapshot.Endpoint,
            Method = snapshot.Method,
            Path = snapshot.Path,
            QueryString = snapshot.QueryString,
            Query = snapshot.Query,
            Headers = snapshot.Headers,
            ContentType = snapshot.ContentType,
            FormFields = fields ?? [],
            Form = (fields ?? [])
                .GroupBy(f => f.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => string.Join(',', g.Select(f => f.Value)), StringComparer.Ordinal),
            Files = files ?? [],
            JsonBody = jsonBody,
        };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
