namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// What one event-stream message tells the desk page: the queue, every session, and the chosen one's transcript.
/// </summary>
internal sealed record DeskUpdate(IReadOnlyList<DeskQueueEntry> Queue, IReadOnlyList<DeskSessionSummary> Sessions, DeskTranscript? Transcript, int UnmatchedChatbotLogs);

/// <summary>
/// One place in the queue (what <c>requestChatQueue</c> answers), longest waiting first.
/// <see cref="WaitingSeconds"/> is measured on the emulator's clock when the update was built; the page counts on
/// from there.
/// </summary>
internal sealed record DeskQueueEntry(int Position, string Id, int TicketId, string Customer, DateTimeOffset WaitingSince, long WaitingSeconds);

/// <summary>One line of the session list. <see cref="Hookpoints"/> is the hookpoint host only: the path holds the secret token.</summary>
internal sealed record DeskSessionSummary(
    string Id,
    int TicketId,
    string Customer,
    string? Preview,
    DateTimeOffset LastActivityAt,
    string Status,
    bool CustomerTyping,
    bool AgentTyping,
    string Hookpoints);

/// <summary>A session's whole story, both sides, oldest first.</summary>
internal sealed record DeskTranscript(DeskSessionSummary Session, IReadOnlyList<DeskEntry> Entries);

/// <summary>
/// One transcript line. <see cref="Side"/> is <c>customer</c>, <c>agent</c> or <c>system</c>; <see cref="Kind"/> is
/// <c>message</c>, <c>file</c>, <c>event</c>, <c>visit</c>, <c>chatbot-log</c>, <c>typing</c>, <c>started</c> or <c>ended</c>.
/// </summary>
internal sealed record DeskEntry(DateTimeOffset At, string Side, string Kind, string Text)
{
    public string? Author { get; init; }

    public string? FileName { get; init; }

    public long? Size { get; init; }

    public string? Download { get; init; }

    public string? Detail { get; init; }

    public bool Failed { get; init; }
}
