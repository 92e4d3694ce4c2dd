using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// Checks that the SDK and the raw baseline of a pair send the same request: method, address with query,
/// request headers, content type, the same form parts in the same order (names, part headers, values), and the
/// same body bytes once the boundary (random on both sides) is set aside. Only the boundary's value and its
/// quoting in the Content-Type header may differ.
/// </summary>
internal static class RequestComparison
{
    public static async Task ThrowIfDifferentAsync(string pair, CapturedRequest sdk, CapturedRequest raw)
    {
        var differences = new List<string>();
        void Compare(string what, object? fromSdk, object? fromRaw)
        {
            if (!Equals(fromSdk, fromRaw))
            {
                differences.Add($"{what}: SDK '{fromSdk}', raw '{fromRaw}'");
            }
        }

        Compare("method", sdk.Method.Method, raw.Method.Method);
        Compare("address", sdk.Uri.AbsoluteUri, raw.Uri.AbsoluteUri);
        Compare("headers", string.Join(" | ", sdk.Headers), string.Join(" | ", raw.Headers));
        Compare("media type", sdk.ContentType?.MediaType, raw.ContentType?.MediaType);
        Compare("length known up front", sdk.ContentLength.HasValue, raw.ContentLength.HasValue);

        if (sdk.ContentType?.MediaType == "multipart/form-data" && raw.ContentType?.MediaType == "multipart/form-data")
        {
            var sdkBoundary = Boundary(sdk);
            var rawBoundary = Boundary(raw);
            Compare("boundary length", sdkBoundary.Length, rawBoundary.Length);
            Compare("body bytes, the boundary aside", Convert.ToHexString(sdk.Body), Convert.ToHexString(WithBoundary(raw.Body, rawBoundary, sdkBoundary)));

            var sdkParts = await ReadPartsAsync(sdk);
            var rawParts = await ReadPartsAsync(raw);
            Compare("part count", sdkParts.Count, rawParts.Count);
            for (var i = 0; i < Math.Min(sdkParts.Count, rawParts.Count); i++)
            {
                Compare($"part {i}", sdkParts[i], rawParts[i]);
            }
        }
        else
        {
            Compare("body", Convert.ToHexString(sdk.Body), Convert.ToHexString(raw.Body));
        }

        if (differences.Count > 0)
        {
            throw new InvalidOperationException($"{pair}: the SDK and the raw baseline do not send the same request:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", differences));
        }
    }

    /// <summary>
    /// The looser check of a peer library that cannot write the form exactly as documented (Refit gives every
    /// text part its own Content-Type): method, address, request headers, media type, and the same fields (name
    /// and value) in the same order; the parts' own headers and the body bytes may differ.
    /// </summary>
    public static async Task ThrowIfDifferentFieldsAsync(string pair, CapturedRequest peer, CapturedRequest raw)
    {
        var differences = new List<string>();
        void Compare(string what, object? fromPeer, object? fromRaw)
        {
            if (!Equals(fromPeer, fromRaw))
            {
                differences.Add($"{what}: peer '{fromPeer}', raw '{fromRaw}'");
            }
        }

        Compare("method", peer.Method.Method, raw.Method.Method);
        Compare("address", peer.Uri.AbsoluteUri, raw.Uri.AbsoluteUri);
        Compare("headers", string.Join(" | ", peer.Headers), string.Join(" | ", raw.Headers));
        Compare("media type", peer.ContentType?.MediaType, raw.ContentType?.MediaType);
        if (raw.ContentType?.MediaType == "multipart/form-data")
        {
            Compare("fields", string.Join(" | ", await ReadFieldsAsync(peer)), string.Join(" | ", await ReadFieldsAsync(raw)));
        }
        else
        {
            Compare("body", Convert.ToHexString(peer.Body), Convert.ToHexString(raw.Body));
        }

        if (differences.Count > 0)
        {
            throw new InvalidOperationException($"{pair}: the peer and the raw baseline do not send the same request:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", differences));
        }
    }

    /// <summary>Each part as <c>name=value</c>, in order.</summary>
    private static async Task<List<string>> ReadFieldsAsync(CapturedRequest request)
    {
        var reader = new MultipartReader(Boundary(request), new MemoryStream(request.Body));
        var fields = new List<string>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var name = HeaderUtilities.RemoveQuotes(ContentDispositionHeaderValue.Parse(section.ContentDisposition).Name);
            using var value = new MemoryStream();
            await section.Body.CopyToAsync(value);
            fields.Add($"{name}={Encoding.UTF8.GetString(value.ToArray())}");
        }

        return fields;
    }

    private static string Boundary(CapturedRequest request) =>
        HeaderUtilities.RemoveQuotes(request.ContentType!.Parameters.Single(p => p.Name == "boundary").Value).ToString();

    /// <summary>The body with every occurrence of one boundary replaced by another of the same length.</summary>
    private static byte[] WithBoundary(byte[] body, string from, string to)
    {
        var result = (byte[])body.Clone();
        if (from.Length != to.Length)
        {
            return result;
        }

        var fromBytes = Encoding.ASCII.GetBytes(from);
        var toBytes = Encoding.ASCII.GetBytes(to);
        var at = 0;
        while (result.AsSpan(at).IndexOf(fromBytes) is var found and >= 0)
        {
            toBytes.CopyTo(result.AsSpan(at + found));
            at += found + fromBytes.Length;
        }

        return result;
    }

    /// <summary>Each part as one line: its headers (parsed, so quoting does not count) and its value.</summary>
    private static async Task<List<string>> ReadPartsAsync(CapturedRequest request)
    {
        var reader = new MultipartReader(Boundary(request), new MemoryStream(request.Body));
        var parts = new List<string>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var headers = section.Headers!
                .Select(header => header.Key.Equals(HeaderNames.ContentDisposition, StringComparison.OrdinalIgnoreCase)
                    ? $"{header.Key}: {Disposition(header.Value.ToString())}"
                    : $"{header.Key}: {header.Value}")
                .Order(StringComparer.OrdinalIgnoreCase);
            using var value = new MemoryStream();
            await section.Body.CopyToAsync(value);
            var bytes = value.ToArray();
            var shown = bytes.Length <= 1024 ? Encoding.UTF8.GetString(bytes) : $"{bytes.Length} bytes, SHA-256 {Convert.ToHexString(SHA256.HashData(bytes))}";
            parts.Add($"[{string.Join("; ", headers)}] {shown}");
        }

        return parts;
    }

    private static string Disposition(string value)
    {
        var disposition = ContentDispositionHeaderValue.Parse(value);
        return $"{disposition.DispositionType} name={HeaderUtilities.RemoveQuotes(disposition.Name)} filename={HeaderUtilities.RemoveQuotes(disposition.FileName)} filename*={disposition.FileNameStar}";
    }
}
