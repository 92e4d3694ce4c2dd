namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>Reads multipart parts as text fields, and finds the streamed file part of an upload.</summary>
internal static class MultipartFields
{
    /// <summary>The most parts an upload may have before its file part.</summary>
    public const int MaxPartsBeforeFile = 32;

    /// <summary>Reads every part of a (small, already bounded) text hookpoint body as a text field.</summary>
    public static async ValueTask<HookpointFields> ReadAsync(
        Stream body, string boundary, int fieldLimit, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(body, boundary);
        var fields = new HookpointFields();
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            var value = await section.ReadTextAsync(fieldLimit, cancellationToken).ConfigureAwait(false);
            fields.Add(section.Headers.Name!, value);
        }

        return fields;
    }

    /// <summary>
    /// Reads the text parts of an upload up to its <c>file</c> part and returns the event with the file streamed.
    /// <c>sessionID</c> must come before the file: the handler gets the file while it is still arriving, so the
    /// session must be known by then.
    /// </summary>
    public static async ValueTask<HookpointParseResult> ReadUploadAsync(
        Stream body, string boundary, HookpointLimits limits, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(body, boundary);
        var fields = new HookpointFields();
        var parts = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (++parts > MaxPartsBeforeFile)
            {
                return HookpointParseResult.Failure(
                    HookpointParseOutcome.MalformedBody, $"more than {MaxPartsBeforeFile} parts before the 'file' part");
            }

            var headers = section.Headers;
            if (!headers.Name!.Equals(HookpointEventFactory.FileField, StringComparison.OrdinalIgnoreCase))
            {
                fields.Add(headers.Name, await section.ReadTextAsync(limits.MaxTextBodySize, cancellationToken).ConfigureAwait(false));
                continue;
            }

            if (fields.DuplicateName is { } duplicate)
            {
                return HookpointEventFactory.Invalid($"field '{duplicate}' appears more than once");
            }

            if (!fields.TryGet(HookpointEventFactory.SessionIdField, out _))
            {
                return HookpointEventFactory.Invalid(
                    $"field '{HookpointEventFactory.SessionIdField}' must come before the 'file' part");
            }

            if (!HookpointEventFactory.TryGetSessionId(
                fields, HookpointEventFactory.SessionIdField, out var sessionId, out var failure))
            {
                return failure;
            }

            if (headers.ContentLength > limits.MaxFileSize)
            {
                return HookpointParseResult.Failure(
                    HookpointParseOutcome.PayloadTooLarge, $"the file is larger than {limits.MaxFileSize} bytes");
            }

            section.Body.LimitTo(limits.MaxFileSize, "The file");
            return HookpointParseResult.Success(new AgentFileEvent(
                sessionId,
                FileNameSanitizer.Sanitize(headers.FileName),
                headers.ContentType,
                headers.ContentLength,
                section.Body));
        }

        return fields.TryGet(HookpointEventFactory.SessionIdField, out _)
            ? HookpointEventFactory.Invalid($"field '{HookpointEventFactory.FileField}' is missing")
            : HookpointEventFactory.Invalid($"field '{HookpointEventFactory.SessionIdField}' is missing");
    }
}
