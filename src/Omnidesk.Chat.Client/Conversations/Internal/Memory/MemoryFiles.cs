namespace Omnidesk.Chat.Client.Conversations.Internal.Memory;

/// <summary>
/// The agent files the in-memory store holds, bounded in total bytes: a new file that does not fit evicts the
/// oldest ones; a file larger than the bound is not kept. Thread-safe.
/// </summary>
internal sealed class MemoryFiles
{
    private readonly Lock _gate = new();
    private readonly LinkedList<MemoryFile> _byAge = new();
    private readonly Dictionary<(string SessionId, string FileId), LinkedListNode<MemoryFile>> _byId = new();
    private readonly long _maxBytes;
    private long _bytes;

    public MemoryFiles(long maxBytes) => _maxBytes = maxBytes;

    /// <summary>The bytes held now.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    public long MaxBytes => _maxBytes;

    public void Add(MemoryFile file, DateTimeOffset now)
    {
        lock (_gate)
        {
            RemoveWhere(f => f.ExpiresAt <= now);
            while (_bytes + file.Content.Length > _maxBytes && _byAge.First is { } oldest)
            {
                Remove(oldest);
            }

            if (_byId.TryGetValue((file.SessionId, file.FileId), out var existing))
            {
                Remove(existing);
            }

            _byId[(file.SessionId, file.FileId)] = _byAge.AddLast(file);
            _bytes += file.Content.Length;
        }
    }

    public byte[]? Take(string sessionId, string fileId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue((sessionId, fileId), out var node))
            {
                return null;
            }

            Remove(node);
            return node.Value.ExpiresAt > now ? node.Value.Content : null;
        }
    }

    public void RemoveSession(string sessionId)
    {
        lock (_gate)
        {
            RemoveWhere(f => f.SessionId == sessionId);
        }
    }

    private void RemoveWhere(Func<MemoryFile, bool> predicate)
    {
        var node = _byAge.First;
        while (node is not null)
        {
            var next = node.Next;
            if (predicate(node.Value))
            {
                Remove(node);
            }

            node = next;
        }
    }

    private void Remove(LinkedListNode<MemoryFile> node)
    {
        _byAge.Remove(node);
        _byId.Remove((node.Value.SessionId, node.Value.FileId));
        _bytes -= node.Value.Content.Length;
    }
}
