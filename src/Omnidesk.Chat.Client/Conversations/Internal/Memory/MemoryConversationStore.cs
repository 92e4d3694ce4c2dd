using System.Collections.Concurrent;

namespace Omnidesk.Chat.Client.Conversations.Internal.Memory;

/// <summary>
/// The default store: one process's memory, bounded by <see cref="OmnideskMemoryStoreOptions"/> (conversations,
/// events and history per conversation, file bytes). Expired sessions are removed when touched and swept on creation.
/// </summary>
internal sealed partial class MemoryConversationStore : IOmnideskConversationStore
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, MemorySession> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly OmnideskMemoryStoreOptions _limits;
    private readonly TimeProvider _time;
    private readonly MemoryFiles _files;
    private DateTimeOffset _lastSweep;

    public MemoryConversationStore(OmnideskMemoryStoreOptions limits, TimeProvider time)
    {
        _limits = limits;
        _time = time;
        _files = new MemoryFiles(limits.MaxFileBytes);
    }

    /// <summary>How many sessions are held now (expired ones not yet swept included).</summary>
    public int SessionCount => _sessions.Count;

    /// <summary>The agent-file bytes held now.</summary>
    public long FileBytes => _files.Bytes;

    public ValueTask<ConversationRecordCreation> CreateOrGetAsync(ConversationRecord record, TimeSpan? timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var now = _time.GetUtcNow();
        lock (_createGate)
        {
            if (Live(record.SessionId, now) is { } existing)
            {
                lock (existing)
                {
                    return ValueTask.FromResult(new ConversationRecordCreation(false, existing.Record));
                }
            }

            if (now - _lastSweep >= SweepEvery || _sessions.Count >= _limits.MaxConversations)
            {
                Sweep(now);
            }

            if (_sessions.Count >= _limits.MaxConversations)
            {
                throw new OmnideskStoreUnavailableException(
                    "conversation store create",
                    $"the in-memory store is full ({_limits.MaxConversations} conversations, Omnidesk:Conversations:Memory:MaxConversations)");
            }

            var stored = record with { Version = 1 };
            _sessions[record.SessionId] = new MemorySession(stored, now + timeToLive);
            return ValueTask.FromResult(new ConversationRecordCreation(true, stored));
        }
    }

    public ValueTask<ConversationRecord?> GetAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (Live(sessionId, _time.GetUtcNow()) is not { } session)
        {
            return ValueTask.FromResult<ConversationRecord?>(null);
        }

        lock (session)
        {
            return ValueTask.FromResult<ConversationRecord?>(session.Record);
        }
    }

    public ValueTask<ConversationRecord?> TryUpdateAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Live(record.SessionId, _time.GetUtcNow()) is not { } session)
        {
            return ValueTask.FromResult<ConversationRecord?>(null);
        }

        lock (session)
        {
            if (session.Removed || session.Record.Version != record.Version)
            {
                return ValueTask.FromResult<ConversationRecord?>(null);
            }

            var lastActivity = record.LastActivityAt > session.Record.LastActivityAt ? record.LastActivityAt : session.Record.LastActivityAt;
            session.Record = record with { Version = record.Version + 1, LastActivityAt = lastActivity };
            return ValueTask.FromResult<ConversationRecord?>(session.Record);
        }
    }

    public ValueTask TouchAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (Live(sessionId, now) is { } session)
        {
            lock (session)
            {
                if (now > session.Record.LastActivityAt)
                {
                    session.Record = session.Record with { LastActivityAt = now };
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<ConversationPage<ConversationRecord>> ListOpenAsync(int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var open = new List<ConversationRecord>();
        foreach (var (id, session) in _sessions)
        {
            if (pageToken is not null && string.CompareOrdinal(id, pageToken) <= 0)
            {
                continue;
            }

            lock (session)
            {
                if (!session.Removed && !IsExpired(session, now) && session.Record.Status == ConversationStatus.Open)
                {
                    open.Add(session.Record);
                }
            }
        }

        open.Sort((a, b) => string.CompareOrdinal(a.SessionId, b.SessionId));
        var page = open.Count > pageSize ? open.GetRange(0, pageSize) : open;
        var next = open.Count > pageSize ? page[^1].SessionId : null;
        return ValueTask.FromResult(new ConversationPage<ConversationRecord>(page, next));
    }

    public ValueTask<long> IncrementAsync(string sessionId, string counter, CancellationToken cancellationToken)
    {
        var session = Require(sessionId, "increment");
        lock (session)
        {
            var value = session.Counters.GetValueOrDefault(counter) + 1;
            session.Counters[counter] = value;
            return ValueTask.FromResult(value);
        }
    }

    public ValueTask ExpireAsync(string sessionId, TimeSpan? timeToLive, CancellationToken cancellationToken)
    {
        if (Live(sessionId, _time.GetUtcNow()) is { } session)
        {
            lock (session)
            {
                session.ExpiresAt = _time.GetUtcNow() + timeToLive;
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask RemoveAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (_sessions.TryRemove(sessionId, out var session))
        {
            Retire(session);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The session when it exists and has not expired; an expired one is removed on the way.</summary>
    private MemorySession? Live(string sessionId, DateTimeOffset now)
    {
        if (!_sessions.TryGetValue(sessionId, out var session))
        {
            return null;
        }

        bool expired;
        lock (session)
        {
            expired = IsExpired(session, now);
        }

        if (expired)
        {
            if (_sessions.TryRemove(new KeyValuePair<string, MemorySession>(sessionId, session)))
            {
                Retire(session);
            }

            return null;
        }

        return session;
    }

    private MemorySession Require(string sessionId, string operation) =>
        Live(sessionId, _time.GetUtcNow())
        ?? throw new InvalidOperationException($"conversation store {operation}: session {sessionId} does not exist (it was never created, or it expired).");

    private static bool IsExpired(MemorySession session, DateTimeOffset now) => session.ExpiresAt is { } at && at <= now;

    private void Sweep(DateTimeOffset now)
    {
        _lastSweep = now;
        foreach (var (id, _) in _sessions)
        {
            Live(id, now);
        }
    }

    private void Retire(MemorySession session)
    {
        lock (session)
        {
            session.MarkRemoved();
        }

        _files.RemoveSession(session.Record.SessionId);
    }
}
