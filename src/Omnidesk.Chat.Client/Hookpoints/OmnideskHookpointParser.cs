using Omnidesk.Chat.Client.Hookpoints.Internal;

namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>
/// Turns one hookpoint request into a typed event, with no web framework: use it from any host (Azure Functions,
/// a raw listener); <c>MapOmnideskHookpoints()</c> uses it for you on ASP.NET Core.
/// </summary>
/// <remarks>
/// <para>Reads <c>application/x-www-form-urlencoded</c>, <c>multipart/form-data</c> and <c>application/json</c>
/// (UTF-8) on the text hookpoints; <c>uploadForCustomer</c> must be <c>multipart/form-data</c>. Field names match
/// case-insensitively; <c>Typing</c> reads <c>true</c>/<c>false</c>/<c>1</c>/<c>0</c> in any case; a field sent
/// twice is refused; unknown fields are ignored.</para>
/// <para>On <c>uploadForCustomer</c>, when <c>sessionID</c> comes before the <c>file</c> part, the event is
/// returned as soon as the file part starts and the file is read straight from the body while it arrives (parts
/// after it are not read). When the file comes first (the order the documents list), the session is only known
/// at the end of the body, so the file is first copied to a private temporary file (never more than
/// <see cref="HookpointLimits.MaxFileSize"/>), deleted when the result is disposed. Memory stays bounded either
/// way. A seekable body with at most <see cref="HookpointLimits.MaxTextBodySize"/> bytes left (a host that read a
/// small request whole) is read to its end before the event is returned, the file held in memory, so that a body
/// that turns out malformed is a failed result and never reaches the handler.</para>
/// <para>A streamed file can still break under the handler: its <see cref="AgentFileEvent.Content"/> then throws
/// a <see cref="HookpointBodyException"/> (<see cref="HookpointParseOutcome.PayloadTooLarge"/> past the file limit,
/// <see cref="HookpointParseOutcome.MalformedBody"/> when the body ends before its closing boundary or turns
/// malformed), kept in <see cref="HookpointParseResult.FileReadFailure"/>; a failure of the body itself (a reset
/// connection) is thrown unchanged.</para>
/// <para>The bytes are read by ASP.NET Core's own readers (<c>Microsoft.AspNetCore.WebUtilities</c>'
/// <c>MultipartReader</c> and <c>FormReader</c>, <c>Microsoft.Net.Http.Headers</c>' <c>MediaTypeHeaderValue</c>
/// and <c>ContentDispositionHeaderValue</c>, as NuGet packages: no web framework is needed); the parser adds the
/// size limits, the field rules and the one-line reasons.</para>
/// </remarks>
public static class OmnideskHookpointParser
{
    /// <summary>Reads one hookpoint request body.</summary>
    /// <param name="kind">The hookpoint the request arrived on.</param>
    /// <param name="contentType">The request's Content-Type header.</param>
    /// <param name="body">The request body. For an upload, the returned event's stream keeps reading from it.</param>
    /// <param name="limits">The size limits; <see cref="HookpointLimits.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The typed event, or the outcome and a one-line reason. Dispose it after handling the event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">
    /// Or any other exception <paramref name="body"/> itself threw (a reset connection, a bad chunk): a failure of
    /// the transport is passed on unchanged, for the host to answer; a malformed body is a failed result instead.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static async ValueTask<HookpointParseResult> ParseAsync(
        HookpointKind kind,
        string? contentType,
        Stream body,
        HookpointLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a hookpoint kind.");
        }

        limits ??= HookpointLimits.Default;
        if (!HookpointContentType.TryRead(contentType, out var encoding, out var boundary))
        {
            return HookpointParseResult.Failure(
                HookpointParseOutcome.UnsupportedContentType, $"the content type must be {HookpointContentType.Accepted}");
        }

        if (encoding == HookpointEncoding.Multipart && boundary.Length is 0 or > HookpointContentType.MaxBoundaryLength)
        {
            return HookpointParseResult.Failure(
                HookpointParseOutcome.MalformedBody, "the multipart content type has no usable boundary");
        }

        try
        {
            if (kind == HookpointKind.UploadForCustomer)
            {
                return encoding == HookpointEncoding.Multipart
                    ? await MultipartFields.ReadUploadAsync(body, boundary, limits, IsSmallAndWhole(body, limits), cancellationToken)
                        .ConfigureAwait(false)
                    : HookpointParseResult.Failure(
                        HookpointParseOutcome.UnsupportedContentType, "uploadForCustomer must be multipart/form-data");
            }

            using var bytes = await BoundedBody.ReadAsync(body, limits.MaxTextBodySize, cancellationToken).ConfigureAwait(false);
            var fields = encoding switch
            {
                HookpointEncoding.FormUrlEncoded => FormFields.Read(bytes.Memory),
                HookpointEncoding.Json => JsonFields.Read(bytes.Memory),
                _ => await MultipartFields.ReadAsync(
                    bytes.AsStream(), boundary, limits.MaxTextBodySize, cancellationToken)
                    .ConfigureAwait(false),
            };
            return HookpointEventFactory.Create(kind, fields);
        }
        catch (HookpointBodyException exception)
        {
            return HookpointParseResult.Failure(exception.Outcome, OneLine(exception.Message));
        }
    }

    /// <summary>A seekable body with at most a text body's worth of bytes left is read whole before the event.</summary>
    private static bool IsSmallAndWhole(Stream body, HookpointLimits limits) =>
        body.CanSeek && body.Length - body.Position <= limits.MaxTextBodySize;

    private static string OneLine(string message) =>
        message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.') : message;
}
