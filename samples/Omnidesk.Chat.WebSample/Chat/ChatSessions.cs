using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>The customers' chats in this process, by id. A sample keeps them in memory; a real app would expire them.</summary>
internal sealed class ChatSessions(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, ChatSession> _sessions = new(StringComparer.Ordinal);

    public ChatSession Create()
    {
        // The id is the Omnidesk chatSessionID too: random, so one customer cannot guess another's chat.
        var session = new ChatSession("web-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), clock);
        _sessions[session.Id] = session;
        return session;
    }

    public ChatSession? Find(string id) => _sessions.GetValueOrDefault(id);
}
