namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// A snapshot of one live-chat session: created by its first <c>notifyUserNewChatMessage</c> (or
/// <see cref="EmulatorState.SeedSession"/>), with everything the customer side sent since.
/// </summary>
public sealed record EmulatedChatSession
{
    /// <summary>Gets the <c>chatSessionID</c>.</summary>
    public required string ChatSessionId { get; init; }

    /// <summary>Gets the <c>chatServer</c> of the session's first message: the base of its hookpoints.</summary>
    public required string ChatServer { get; init; }

    /// <summary>
    /// Gets the session's current ticket (sequential from 1000). A message to an ended session opens a new ticket.
    /// </summary>
    public required int TicketId { get; init; }

    /// <summary>Gets when the session was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets the messages, in arrival order.</summary>
    public required IReadOnlyList<EmulatedChatMessage> Messages { get; init; }

    /// <summary>Gets the events, in arrival order.</summary>
    public required IReadOnlyList<EmulatedChatEvent> Events { get; init; }

    /// <summary>Gets the visits, in arrival order.</summary>
    public required IReadOnlyList<EmulatedVisit> Visits { get; init; }

    /// <summary>Gets the attachments, in arrival order.</summary>
    public required IReadOnlyList<EmulatedAttachment> Attachments { get; init; }

    /// <summary>Gets whether the session has ended (<c>notifyUserEndChat</c>).</summary>
    public required bool Ended { get; init; }

    /// <summary>Gets when the session ended, if it did.</summary>
    public DateTimeOffset? EndedAt { get; init; }
}
