namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// The emulator's in-memory data: live-chat sessions, chatbot logs and v1 chats. Read it to assert on what a
/// client sent; seed it to set up a scenario. Every member is thread-safe and returns snapshots.
/// </summary>
public sealed partial class EmulatorState
{
    /// <summary>The first ticket id the emulator hands out.</summary>
    public const int FirstTicketId = 1000;

    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private int _nextTicketId = FirstTicketId;
    private int _nextMessageId = 1;

    internal EmulatorState(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    /// <summary>Removes every session, chatbot log and chat, and restarts the ticket, message and chat sequences.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _sessions.Clear();
            _sessionOrder.Clear();
            _chatbotLogs.Clear();
            _chats.Clear();
            _chatOrder.Clear();
            _nextTicketId = FirstTicketId;
            _nextMessageId = 1;
            _nextChatNumber = 1;
        }
    }

    /// <summary>Gets the emulator's clock now (the desk measures waiting times on it).</summary>
    internal DateTimeOffset UtcNow => _timeProvider.GetUtcNow();

    private DateTimeOffset Now() => _timeProvider.GetUtcNow();

    private int NewTicketId() => _nextTicketId++;

    private int NewMessageId() => _nextMessageId++;
}
