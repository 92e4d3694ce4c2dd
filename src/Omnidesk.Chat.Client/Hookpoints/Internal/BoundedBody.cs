namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>Reads a whole text hookpoint body, refusing to hold more than the limit.</summary>
internal static class BoundedBody
{
    public static async ValueTask<ReadOnlyMemory<byte>> ReadAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min(limit + 1, 4096)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    throw new HookpointBodyException(
                        HookpointParseOutcome.PayloadTooLarge, $"The body is larger than {limit} bytes.");
                }

                Array.Resize(ref buffer, (int)Math.Min((long)limit + 1, buffer.Length * 2L));
            }

            var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.AsMemory(0, length);
            }

            length += read;
        }
    }
}
