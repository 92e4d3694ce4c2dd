namespace Omnidesk.Chat.Client.Conversations.Internal.Memory;

/// <summary>Everything the in-memory store keeps for one session; guarded by locking the instance.</summary>
internal sealed class MemorySession
{
    private TaskCompletionSource _appended = NewSignal();

    public MemorySession(ConversationRecord record, DateTimeOffset? expiresAt)
    {
        Record = record;
        ExpiresAt = expiresAt;
    }

    public ConversationRecord Record { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public bool Removed { get; private set; }

    public Dictionary<string, long> Counters { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Agents { get; } = new(StringComparer.Ordinal);

    public MemoryLog Events { get; } = new();

    public MemoryLog History { get; } = new();

    public Dictionary<string, long> ReaderPositions { get; } = new(StringComparer.Ordinal);

    public MemoryLog Log(ConversationLog log) => log == ConversationLog.Events ? Events : History;

    /// <summary>The signal readers wait on; completed and replaced on every event append.</summary>
    public Task Appended => _appended.Task;

    public void SignalAppended()
    {
        var signal = _appended;
        _appended = NewSignal();
        signal.TrySetResult();
    }

    /// <summary>Marks the session gone and wakes its readers so they can see it.</summary>
    public void MarkRemoved()
    {
        Removed = true;
        _appended.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
