namespace Omnidesk.Chat.Client.Conversations.Internal.Memory;

/// <summary>An append-only log capped at a number of entries: the oldest go first. Not thread-safe (the session's lock guards it).</summary>
internal sealed class MemoryLog
{
    private readonly Queue<ConversationEntry> _entries = new();

    public long LastSequence { get; private set; }

    public long Append(ConversationEntry entry, int maxEntries)
    {
        LastSequence++;
        _entries.Enqueue(entry with { Sequence = LastSequence });
        while (_entries.Count > maxEntries)
        {
            _entries.Dequeue();
        }

        return LastSequence;
    }

    public IReadOnlyList<ConversationEntry> After(long afterSequence, int maxCount)
    {
        var result = new List<ConversationEntry>(Math.Min(maxCount, _entries.Count));
        foreach (var entry in _entries)
        {
            if (entry.Sequence > afterSequence)
            {
                result.Add(entry);
                if (result.Count == maxCount)
                {
                    break;
                }
            }
        }

        return result;
    }

    public IReadOnlyList<ConversationEntry> Before(long beforeSequence, int maxCount)
    {
        var result = new List<ConversationEntry>(Math.Min(maxCount, _entries.Count));
        foreach (var entry in _entries.Reverse())
        {
            if (entry.Sequence < beforeSequence)
            {
                result.Add(entry);
                if (result.Count == maxCount)
                {
                    break;
                }
            }
        }

        return result;
    }
}
