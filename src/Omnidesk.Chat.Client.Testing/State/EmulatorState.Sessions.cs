namespace Omnidesk.Chat.Client.Testing;

public sealed partial class EmulatorState
{
    private readonly Dictionary<string, SessionRecord> _sessions = new(StringComparer.Ordinal);
    private readonly List<SessionRecord> _sessionOrder = [];

    // Kept through Clear: a line logged after it may still show an old session's token.
    private readonly HashSet<string> _hookpointTokens = new(StringComparer.Ordinal);

    /// <summary>Gets a snapshot of every session, in creation order.</summary>
    public IReadOnlyList<EmulatedChatSession> Sessions
    {
        get
        {
            lock (_gate)
            {
                return [.. _sessionOrder.Select(s => s.ToSnapshot())];
            }
        }
    }

    /// <summary>Gets a snapshot of a session, or <see langword="null"/> when the emulator does not know it.</summary>
    /// <param name="chatSessionId">The <c>chatSessionID</c> (case-sensitive).</param>
    /// <returns>The session, or <see langword="null"/>.</returns>
    public EmulatedChatSession? FindSession(string chatSessionId)
    {
        ArgumentNullException.ThrowIfNull(chatSessionId);
        lock (_gate)
        {
            return _sessions.TryGetValue(chatSessionId, out var session) ? session.ToSnapshot() : null;
        }
    }

    /// <summary>
    /// Creates a session with a new ticket and no messages, as if its first message had arrived, so the agent can
    /// post to <paramref name="chatServer"/> without a client sending first. Like a session started by a message, it
    /// waits in the queue (<c>requestChatQueue</c>) until the agent answers or either side ends it.
    /// </summary>
    /// <param name="chatSessionId">The <c>chatSessionID</c>.</param>
    /// <param name="chatServer">The hookpoint base, for example <c>http://127.0.0.1:5000/omnidesk</c>.</param>
    /// <returns>The new session.</returns>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    /// <exception cref="InvalidOperationException">The session already exists.</exception>
    public EmulatedChatSession SeedSession(string chatSessionId, string chatServer)
    {
        ArgumentException.ThrowIfNullOrEmpty(chatSessionId);
        ArgumentException.ThrowIfNullOrEmpty(chatServer);
        lock (_gate)
        {
            if (_sessions.ContainsKey(chatSessionId))
            {
                throw new InvalidOperationException($"The emulator already has a session '{chatSessionId}'.");
            }

            return CreateSession(chatSessionId, chatServer).ToSnapshot();
        }
    }

    /// <summary>Stores a message, creating the session (and its ticket) on the first one.</summary>
    internal EmulatedChatMessage AddMessage(string chatSessionId, string chatServer, Func<int, int, DateTimeOffset, EmulatedChatMessage> create)
    {
        lock (_gate)
        {
            if (!_sessions.TryGetValue(chatSessionId, out var session))
            {
                session = CreateSession(chatSessionId, chatServer);
            }
            else if (session.EndedAt is not null)
            {
                // A new ticket waits for an agent afresh.
                session.TicketId = NewTicketId();
                session.EndedAt = null;
                session.WaitingSince = Now();
                session.AgentRepliedAt = null;
            }

            session.AgentEndedAt = null;

            var message = create(NewMessageId(), session.TicketId, Now());
            session.Messages.Add(message);
            return message;
        }
    }

    internal SessionOutcome AddEvent(string chatSessionId, string eventName)
        => Change(chatSessionId, (s, now) => s.Events.Add(new EmulatedChatEvent { Event = eventName, ReceivedAt = now }));

    internal SessionOutcome AddVisit(string chatSessionId, string url)
        => Change(chatSessionId, (s, now) => s.Visits.Add(new EmulatedVisit { Url = url, ReceivedAt = now }));

    internal SessionOutcome AddAttachment(string chatSessionId, RecordedFile file, out EmulatedAttachment? attachment)
    {
        EmulatedAttachment? added = null;
        var outcome = Change(chatSessionId, (s, now) =>
        {
            added = new EmulatedAttachment
            {
                MessageId = NewMessageId(),
                TicketId = s.TicketId,
                FileName = file.FileName,
                ContentType = file.ContentType,
                Content = file.Content,
                ReceivedAt = now,
            };
            s.Attachments.Add(added);
        });
        attachment = added;
        return outcome;
    }

    /// <summary>Ends a session; ending an ended session again succeeds and changes nothing.</summary>
    internal SessionOutcome EndSession(string chatSessionId)
    {
        lock (_gate)
        {
            if (!_sessions.TryGetValue(chatSessionId, out var session))
            {
                return SessionOutcome.UnknownSession;
            }

            session.EndedAt ??= Now();
            return SessionOutcome.Done;
        }
    }

    /// <summary>Gets the hookpoint tokens in the chat servers of every session seen, for the log masking.</summary>
    internal string[] HookpointTokens()
    {
        lock (_gate)
        {
            return [.. _hookpointTokens];
        }
    }

    /// <summary>
    /// Gets the sessions waiting for an agent (<c>requestChatQueue</c>): not ended and not answered by the agent,
    /// the longest waiting first (creation order among equal times).
    /// </summary>
    internal IReadOnlyList<QueuedSession> Queue()
    {
        lock (_gate)
        {
            return [.. _sessionOrder.Where(s => s.IsQueued)
                .OrderBy(s => s.WaitingSince)
                .Select(s => new QueuedSession(s.ChatSessionId, s.TicketId, s.WaitingSince))];
        }
    }

    /// <summary>Notes the agent's delivered message or file: the session leaves the queue.</summary>
    internal void AgentReplied(string chatSessionId)
    {
        lock (_gate)
        {
            if (_sessions.TryGetValue(chatSessionId, out var session))
            {
                session.AgentRepliedAt ??= Now();
            }
        }
    }

    /// <summary>Notes the agent's delivered end of the session: it leaves the queue until the customer writes again.</summary>
    internal void AgentEnded(string chatSessionId)
    {
        lock (_gate)
        {
            if (_sessions.TryGetValue(chatSessionId, out var session))
            {
                session.AgentEndedAt ??= Now();
            }
        }
    }

    private SessionOutcome Change(string chatSessionId, Action<SessionRecord, DateTimeOffset> change)
    {
        lock (_gate)
        {
            if (!_sessions.TryGetValue(chatSessionId, out var session))
            {
                return SessionOutcome.UnknownSession;
            }

            if (session.EndedAt is not null)
            {
                return SessionOutcome.SessionEnded;
            }

            change(session, Now());
            return SessionOutcome.Done;
        }
    }

    private SessionRecord CreateSession(string chatSessionId, string chatServer)
    {
        var session = new SessionRecord(chatSessionId, chatServer, NewTicketId(), Now());
        _hookpointTokens.UnionWith(EmulatorLogSecrets.TokensIn(chatServer));
        _sessions.Add(chatSessionId, session);
        _sessionOrder.Add(session);
        return session;
    }
}
