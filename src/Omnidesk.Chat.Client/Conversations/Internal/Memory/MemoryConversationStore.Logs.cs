namespace Omnidesk.Chat.Client.Conversations.Internal.Memory;

internal sealed partial class MemoryConversationStore
{
    public ValueTask<long> AppendAsync(string sessionId, ConversationLog log, ConversationEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var session = Require(sessionId, "append");
        lock (session)
        {
            var max = log == ConversationLog.Events ? _limits.MaxEventsPerConversation : _limits.MaxHistoryPerConversation;
            var sequence = session.Log(log).Append(entry, max);
            if (log == ConversationLog.Events)
            {
                session.SignalAppended();
            }

            return ValueTask.FromResult(sequence);
        }
    }

    public ValueTask<IReadOnlyList<ConversationEntry>> ReadAsync(string sessionId, ConversationLog log, long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        if (Live(sessionId, _time.GetUtcNow()) is not { } session)
        {
            return ValueTask.FromResult<IReadOnlyList<ConversationEntry>>([]);
        }

        lock (session)
        {
            return ValueTask.FromResult(session.Log(log).After(afterSequence, maxCount));
        }
    }

    public ValueTask<IReadOnlyList<ConversationEntry>> ReadBackwardAsync(string sessionId, ConversationLog log, long beforeSequence, int maxCount, CancellationToken cancellationToken)
    {
        if (Live(sessionId, _time.GetUtcNow()) is not { } session)
        {
            return ValueTask.FromResult<IReadOnlyList<ConversationEntry>>([]);
        }

        lock (session)
        {
            return ValueTask.FromResult(session.Log(log).Before(beforeSequence, maxCount));
        }
    }

    public async ValueTask<bool> WaitForEventsAsync(string sessionId, long afterSequence, CancellationToken cancellationToken)
    {
        if (Live(sessionId, _time.GetUtcNow()) is not { } session)
        {
            return false;
        }

        Task appended;
        lock (session)
        {
            if (session.Removed || session.Events.LastSequence > afterSequence)
            {
                return !session.Removed;
            }

            appended = session.Appended;
        }

        await appended.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Live(sessionId, _time.GetUtcNow()) is { Removed: false };
    }

    public ValueTask<long> GetReaderPositionAsync(string sessionId, string reader, CancellationToken cancellationToken)
    {
        if (Live(sessionId, _time.GetUtcNow()) is not { } session)
        {
            return ValueTask.FromResult(0L);
        }

        lock (session)
        {
            return ValueTask.FromResult(session.ReaderPositions.GetValueOrDefault(reader));
        }
    }

    public ValueTask SetReaderPositionAsync(string sessionId, string reader, long sequence, CancellationToken cancellationToken)
    {
        if (Live(sessionId, _time.GetUtcNow()) is { } session)
        {
            lock (session)
            {
                session.ReaderPositions[reader] = sequence;
            }
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask<long?> PutFileAsync(string sessionId, string fileId, Stream content, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Require(sessionId, "put file");
        var bytes = await ReadUpToAsync(content, _files.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        _files.Add(new MemoryFile(sessionId, fileId, bytes, now + timeToLive), now);
        return bytes.Length;
    }

    public ValueTask<Stream?> TakeFileAsync(string sessionId, string fileId, CancellationToken cancellationToken)
    {
        var bytes = _files.Take(sessionId, fileId, _time.GetUtcNow());
        return ValueTask.FromResult<Stream?>(bytes is null ? null : new MemoryStream(bytes, writable: false));
    }

    /// <summary>The stream's bytes, or <see langword="null"/> as soon as it proves longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadUpToAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
