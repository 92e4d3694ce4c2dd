namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>Reads multipart parts as text fields, and finds the file part of an upload.</summary>
internal static class MultipartFields
{
    /// <summary>The most parts an upload may have.</summary>
    public const int MaxParts = 32;

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
    /// Reads an upload. When <c>sessionID</c> comes before the <c>file</c> part, the event is returned as soon as
    /// the file part starts, with the file streamed from the body. When the file comes first (the order the
    /// documents list), the session is only known at the end: the file is spooled to a temporary file first.
    /// </summary>
    public static async ValueTask<HookpointParseResult> ReadUploadAsync(
        Stream body, string boundary, HookpointLimits limits, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(body, boundary);
        var fields = new HookpointFields();
        FileStream? spooled = null;
        MultipartSectionHeaders? spooledHeaders = null;
        try
        {
            var parts = 0;
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (++parts > MaxParts)
                {
                    return HookpointParseResult.Failure(HookpointParseOutcome.MalformedBody, $"more than {MaxParts} parts");
                }

                var headers = section.Headers;
                if (!headers.Name!.Equals(HookpointEventFactory.FileField, StringComparison.OrdinalIgnoreCase))
                {
                    fields.Add(headers.Name, await section.ReadTextAsync(limits.MaxTextBodySize, cancellationToken).ConfigureAwait(false));
                    continue;
                }

                if (spooled is not null)
                {
                    return HookpointEventFactory.Invalid($"field '{HookpointEventFactory.FileField}' appears more than once");
                }

                if (headers.ContentLength > limits.MaxFileSize)
                {
                    return TooLarge(limits);
                }

                section.Body.LimitTo(limits.MaxFileSize, "The file");
                if (!fields.TryGet(HookpointEventFactory.SessionIdField, out _))
                {
                    spooled = await FileSpool.SpoolAsync(section.Body, cancellationToken).ConfigureAwait(false);
                    spooledHeaders = headers;
                    continue;
                }

                return CreateEvent(fields, headers, section.Body, headers.ContentLength);
            }

            if (spooled is null)
            {
                return fields.TryGet(HookpointEventFactory.SessionIdField, out _)
                    ? HookpointEventFactory.Invalid($"field '{HookpointEventFactory.FileField}' is missing")
                    : HookpointEventFactory.Invalid($"field '{HookpointEventFactory.SessionIdField}' is missing");
            }

            var result = CreateEvent(fields, spooledHeaders!, spooled, spooled.Length);
            if (result.Succeeded)
            {
                spooled = null;
            }

            return result;
        }
        finally
        {
            if (spooled is not null)
            {
                await spooled.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static HookpointParseResult CreateEvent(
        HookpointFields fields, MultipartSectionHeaders headers, Stream content, long? length)
    {
        if (fields.DuplicateName is { } duplicate)
        {
            return HookpointEventFactory.Invalid($"field '{duplicate}' appears more than once");
        }

        if (!HookpointEventFactory.TryGetSessionId(
            fields, HookpointEventFactory.SessionIdField, out var sessionId, out var failure))
        {
            return failure;
        }

        return HookpointParseResult.Success(new AgentFileEvent(
            sessionId, FileNameSanitizer.Sanitize(headers.FileName), headers.ContentType, length, content));
    }

    private static HookpointParseResult TooLarge(HookpointLimits limits) =>
        HookpointParseResult.Failure(
            HookpointParseOutcome.PayloadTooLarge, $"the file is larger than {limits.MaxFileSize} bytes");
}
