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
    /// Reads an upload. When <c>sessionID</c> comes before the <c>file</c> part of a large body, the event is
    /// returned as soon as the file part starts, with the file streamed from the body. When the file comes first
    /// (the order the documents list), the session is only known at the end: the file is held in a private
    /// temporary file first. A small body whose whole length is known (<paramref name="whole"/>) is read to its
    /// end either way, holding the file in memory, so that a broken end is refused before the handler sees it.
    /// </summary>
    public static async ValueTask<HookpointParseResult> ReadUploadAsync(
        Stream body, string boundary, HookpointLimits limits, bool whole, CancellationToken cancellationToken)
    {
        var reader = new MultipartBody(body, boundary);
        var fields = new HookpointFields();
        Stream? held = null;
        HookpointPart? heldPart = null;
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

                if (held is not null)
                {
                    return HookpointEventFactory.Invalid($"field '{HookpointEventFactory.FileField}' appears more than once");
                }

                if (part.ContentLength > limits.MaxFileSize)
                {
                    return TooLarge(limits);
                }

                var content = part.Open(limits.MaxFileSize, FileDescription);
                if (!whole && fields.TryGet(HookpointEventFactory.SessionIdField, out _))
                {
                    return CreateEvent(fields, part, content, part.ContentLength);
                }

                held = whole
                    ? await HoldInMemoryAsync(content, cancellationToken).ConfigureAwait(false)
                    : await FileSpool.SpoolAsync(content, cancellationToken).ConfigureAwait(false);
                heldPart = part;
            }

            if (held is null)
            {
                return fields.TryGet(HookpointEventFactory.SessionIdField, out _)
                    ? HookpointEventFactory.Invalid($"field '{HookpointEventFactory.FileField}' is missing")
                    : HookpointEventFactory.Invalid($"field '{HookpointEventFactory.SessionIdField}' is missing");
            }

            var result = CreateEvent(fields, heldPart!, held, held.Length);
            if (result.Succeeded)
            {
                held = null;
            }

            return result;
        }
        finally
        {
            if (held is not null)
            {
                await held.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async ValueTask<Stream> HoldInMemoryAsync(Stream content, CancellationToken cancellationToken)
    {
        var memory = new MemoryStream();
        await content.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
        memory.Position = 0;
        return memory;
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
