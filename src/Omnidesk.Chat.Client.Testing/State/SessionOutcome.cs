namespace Omnidesk.Chat.Client.Testing;

/// <summary>What a state change on a session found.</summary>
internal enum SessionOutcome
{
    Done,
    UnknownSession,
    SessionEnded,
}
