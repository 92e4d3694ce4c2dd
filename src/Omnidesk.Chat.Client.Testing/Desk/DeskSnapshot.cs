using System.Globalization;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Builds what the desk shows from the emulator's state (the customer's side) and the agent's action log (the
/// agent's side). Nothing secret goes in: no message fields beyond the documented ones, no chatServer path.
/// </summary>
internal static class DeskSnapshot
{
    public static DeskUpdate Build(EmulatorState state, AgentActionLog actions, string? selectedSessionId)
    {
        var logs = state.ChatbotLogs;
        var matchedLogs = new HashSet<EmulatedChatbotLog>();
        var summaries = new List<DeskSessionSummary>();
        DeskTranscript? transcript = null;
        foreach (var session in state.Sessions)
        {
            var sessionLogs = logs.Where(log => BelongsTo(log, session)).ToList();
            matchedLogs.UnionWith(sessionLogs);
            var agentSide = actions.For(session.ChatSessionId).Where(a => a.At >= session.CreatedAt).ToList();
            var entries = Entries(session, sessionLogs, agentSide);
            var summary = Summarize(session, agentSide, entries);
            summaries.Add(summary);
            if (session.ChatSessionId == selectedSessionId)
            {
                transcript = new DeskTranscript(summary, entries);
            }
        }

        var queue = Queue(state, summaries);
        summaries.Sort((a, b) => b.LastActivityAt.CompareTo(a.LastActivityAt));
        return new DeskUpdate(queue, summaries, transcript, logs.Count - matchedLogs.Count);
    }

    /// <summary>The same update with the waiting times left out: it changes only when something happened.</summary>
    public static DeskUpdate WithoutClock(DeskUpdate update)
        => update with { Queue = [.. update.Queue.Select(q => q with { WaitingSeconds = 0 })] };

    private static List<DeskQueueEntry> Queue(EmulatorState state, List<DeskSessionSummary> summaries)
    {
        var now = state.UtcNow;
        var customers = summaries.ToDictionary(s => s.Id, s => s.Customer, StringComparer.Ordinal);
        return [.. state.Queue()
            // A session seeded after the summaries were read is left for the next update.
            .Where(q => customers.ContainsKey(q.ChatSessionId))
            .Select((q, i) => new DeskQueueEntry(
                i + 1,
                q.ChatSessionId,
                q.TicketId,
                customers[q.ChatSessionId],
                q.WaitingSince,
                Math.Max(0, (long)(now - q.WaitingSince).TotalSeconds)))];
    }

    /// <summary>The hookpoint base without its path (which holds the secret token): <c>http://127.0.0.1:5080</c>.</summary>
    public static string HostOf(string chatServer)
    {
        var absolute = chatServer.Contains("://", StringComparison.Ordinal) ? chatServer : "http://" + chatServer;
        return Uri.TryCreate(absolute, UriKind.Absolute, out var uri) ? uri.Scheme + "://" + uri.Authority : "(not an address)";
    }

    private static bool BelongsTo(EmulatedChatbotLog log, EmulatedChatSession session)
        => session.Messages.Any(m =>
            string.Equals(m.EmailAddress, log.From, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.PhoneNumber, log.From, StringComparison.Ordinal));

    private static DeskSessionSummary Summarize(EmulatedChatSession session, List<AgentAction> agentSide, List<DeskEntry> entries)
    {
        var customer = session.Messages.LastOrDefault(m => m.CustomerName is not null)?.CustomerName
            ?? session.Messages.Select(m => m.EmailAddress ?? m.PhoneNumber).LastOrDefault(c => c is not null)
            ?? "Customer";
        var preview = entries.LastOrDefault(e => e.Kind is "message" or "file") is { } last
            ? (last.Side == "agent" ? "You: " : "") + (last.FileName ?? last.Text)
            : null;
        var lastTyping = session.Events.LastOrDefault(e => e.Event is "startedtyping" or "stoppedtyping");
        var lastAgentTyping = agentSide.LastOrDefault(a => a is { Kind: AgentActionKind.Typing, Delivered: true });
        var status = Status(session, agentSide);
        var open = status == "open";
        return new DeskSessionSummary(
            session.ChatSessionId,
            session.TicketId,
            customer,
            preview,
            entries.Max(e => e.At),
            status,
            CustomerTyping: open && lastTyping?.Event == "startedtyping",
            AgentTyping: open && lastAgentTyping is { Typing: true },
            DeskSnapshot.HostOf(session.ChatServer));
    }

    private static string Status(EmulatedChatSession session, List<AgentAction> agentSide)
    {
        var lastMessageAt = session.Messages.Count == 0 ? session.CreatedAt : session.Messages[^1].ReceivedAt;
        var agentEnd = agentSide.LastOrDefault(a => a is { Kind: AgentActionKind.End, Delivered: true } && a.At >= lastMessageAt);
        if (agentEnd is not null && (!session.Ended || agentEnd.At <= session.EndedAt))
        {
            return "ended by the agent";
        }

        return session.Ended ? "ended by the customer" : "open";
    }

    private static List<DeskEntry> Entries(EmulatedChatSession session, List<EmulatedChatbotLog> logs, List<AgentAction> agentSide)
    {
        var entries = new List<DeskEntry>
        {
            new(session.CreatedAt, "system", "started", "Session started: ticket #" + session.TicketId.ToString(CultureInfo.InvariantCulture)),
        };
        var customer = session.Messages.LastOrDefault(m => m.CustomerName is not null)?.CustomerName ?? "Customer";
        entries.AddRange(logs.Select(log => new DeskEntry(log.ReceivedAt, "customer", "chatbot-log", log.Message)
        {
            Author = "Chatbot log",
            Detail = log.Subject + " · ticket #" + log.TicketId.ToString(CultureInfo.InvariantCulture),
        }));
        entries.AddRange(session.Messages.Select(m => new DeskEntry(m.ReceivedAt, "customer", "message", m.Message)
        {
            Author = m.CustomerName ?? customer,
            Detail = m.MessageNumber is { } n ? "message " + n.ToString(CultureInfo.InvariantCulture) : null,
        }));
        entries.AddRange(session.Events.Select(e => new DeskEntry(e.ReceivedAt, "customer", "event", Describe(e.Event)) { Author = customer }));
        entries.AddRange(session.Visits.Select(v => new DeskEntry(v.ReceivedAt, "customer", "visit", "visited " + v.Url) { Author = customer }));
        entries.AddRange(session.Attachments.Select(a => new DeskEntry(a.ReceivedAt, "customer", "file", "sent a file")
        {
            Author = customer,
            FileName = a.FileName ?? "file",
            Size = a.Content.Length,
            Download = "/desk/api/attachment?session=" + Uri.EscapeDataString(session.ChatSessionId)
                + "&id=" + a.MessageId.ToString(CultureInfo.InvariantCulture),
        }));
        entries.AddRange(agentSide.Select(Describe));
        if (session.EndedAt is { } endedAt)
        {
            entries.Add(new DeskEntry(endedAt, "system", "ended", "The customer ended the session"));
        }

        // A stable sort: entries with the same time keep the order above (the start first).
        return [.. entries.OrderBy(e => e.At)];
    }

    private static DeskEntry Describe(AgentAction action)
    {
        var entry = action.Kind switch
        {
            AgentActionKind.Message => new DeskEntry(action.At, "agent", "message", action.Text ?? ""),
            AgentActionKind.File => new DeskEntry(action.At, "agent", "file", "sent a file") { FileName = action.FileName, Size = action.Size },
            AgentActionKind.Typing => new DeskEntry(action.At, "agent", "typing", action.Typing ? "is typing…" : "stopped typing"),
            _ => new DeskEntry(action.At, "agent", "ended", "ended the session"),
        };
        return entry with
        {
            Author = action.AgentName ?? "Agent",
            Detail = action.StatusCode switch
            {
                null => "not delivered: the hookpoint could not be reached",
                >= 200 and < 300 => null,
                { } status => "not delivered: the hookpoint answered " + status.ToString(CultureInfo.InvariantCulture),
            },
            Failed = !action.Delivered,
        };
    }

    private static string Describe(string customerEvent) => customerEvent switch
    {
        "startedtyping" => "is typing…",
        "stoppedtyping" => "stopped typing",
        "expandedchat" => "opened the chat window",
        "minimizedchat" => "minimized the chat window",
        _ => customerEvent,
    };
}
