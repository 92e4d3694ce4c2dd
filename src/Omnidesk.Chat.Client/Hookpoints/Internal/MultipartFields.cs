namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>Reads multipart parts as text fields, and finds the file part of an upload.</summary>
internal static class MultipartFields
{
    /// <summary>The most parts an upload may have.</summary>
    public const int MaxParts = 32;

    private const string FileDescription = "The file";

    /// <summary>Reads every part of a (small, already bounded) text hookpoint body as a text field.</summary>
    public static async ValueTask<HookpointFields> ReadAsync(
        Stream body, string boundary, int fieldLimit, CancellationToken cancellationToken)
    {
        var reader = new MultipartBody(body, boundary);
        var fields = new HookpointFields();
        while (await reader.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } part)
        {
            fields.Add(part.Name, await part.ReadTextAsync(fieldLimit, cancellationToken).ConfigureAwait(false));
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
        var reader = new MultipartBody(body, boundary);
        var fields = new HookpointFields();
        FileStream? spooled = null;
        HookpointPart? spooledPart = null;
        try
        {
            var parts = 0;
            while (await reader.ReadNextAsync(cancellationToken).ConfigureAwait(false) is { } part)
            {
                if (++parts > MaxParts)
                {
                    return HookpointParseResult.Failure(HookpointParseOutcome.MalformedBody, $"more than {MaxParts} parts");
                }

                if (!part.Name.Equals(HookpointEventFactory.FileField, StringComparison.OrdinalIgnoreCase))
                {
                    fields.Add(part.Name, await part.ReadTextAsync(limits.MaxTextBodySize, cancellationToken).ConfigureAwait(false));
                    continue;
                }

                if (spooled is not null)
                {
                    return HookpointEventFactory.Invalid($"field '{HookpointEventFactory.FileField}' appears more than once");
                }

                if (part.ContentLength > limits.MaxFileSize)
                {
                    return TooLarge(limits);
                }

                var content = part.Open(limits.MaxFileSize, FileDescription);
                if (!fields.TryGet(HookpointEventFactory.SessionIdField, out _))
                {
                    spooled = await FileSpool.SpoolAsync(content, cancellationToken).ConfigureAwait(false);
                    spooledPart = part;
                    continue;
                }

                return CreateEvent(fields, part, content, part.ContentLength);
            }

            if (spooled is null)
            {
                return fields.TryGet(HookpointEventFactory.SessionIdField, out _)
                    ? HookpointEventFactory.Invalid($"field '{HookpointEventFactory.FileField}' is missing")
                    : HookpointEventFactory.Invalid($"field '{HookpointEventFactory.SessionIdField}' is missing");
            }

            var result = CreateEvent(fields, spooledPart!, spooled, spooled.Length);
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
        HookpointFields fields, HookpointPart part, Stream content, long? length)
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
            sessionId, FileNameSanitizer.Sanitize(part.FileName), part.ContentType, length, content));
    }

    private static HookpointParseResult TooLarge(HookpointLimits limits) =>
        HookpointParseResult.Failure(
            HookpointParseOutcome.PayloadTooLarge, $"the file is larger than {limits.MaxFileSize} bytes");
}
