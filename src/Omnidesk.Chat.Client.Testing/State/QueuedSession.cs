namespace Omnidesk.Chat.Client.Testing;

/// <summary>One place in the emulator's chat queue: a session waiting for an agent, and since when.</summary>
internal sealed record QueuedSession(string ChatSessionId, int TicketId, DateTimeOffset WaitingSince);
