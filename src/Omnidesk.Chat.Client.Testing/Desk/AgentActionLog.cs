namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// The agent's side of each session (the emulator's state holds only the customer's side), kept for the desk:
/// at most <see cref="MaxPerSession"/> actions per session, the oldest dropped first.
/// </summary>
internal sealed class AgentActionLog(TimeProvider timeProvider, DeskSignal changes)
{
    public const int MaxPerSession = 1000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<AgentAction>> _bySession = new(StringComparer.Ordinal);

    public void Record(AgentAction action, int? statusCode)
    {
        var recorded = action with { StatusCode = statusCode, At = timeProvider.GetUtcNow() };
        lock (_gate)
        {
            if (!_bySession.TryGetValue(action.SessionId, out var actions))
            {
                actions = [];
                _bySession.Add(action.SessionId, actions);
            }

            if (actions.Count == MaxPerSession)
            {
                actions.RemoveAt(0);
            }

            actions.Add(recorded);
        }

        changes.Notify();
    }

    public IReadOnlyList<AgentAction> For(string sessionId)
    {
        lock (_gate)
        {
            return _bySession.TryGetValue(sessionId, out var actions) ? [.. actions] : [];
        }
    }
}
