namespace Omnidesk.Chat.Client.Testing;

/// <summary>Keeps the recorded requests in arrival order; thread-safe.</summary>
internal sealed class RequestRecorder
{
    private readonly Lock _gate = new();
    private readonly SortedList<long, RecordedRequest> _requests = [];
    private long _nextSequence;

    /// <summary>Reserves the arrival position of a request that has just come in.</summary>
    public long Arrive() => Interlocked.Increment(ref _nextSequence);

    /// <summary>Stores a finished request at its arrival position.</summary>
    public void Add(long sequence, RecordedRequest request)
    {
        lock (_gate)
        {
            _requests[sequence] = request;
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests.Values];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }
}
