using System.Collections.Concurrent;
using System.Security.Cryptography;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>
/// One customer's chat in this app: the bot's part (kept for the handover), then the conversation with the agent.
/// The lines this app writes (the bot's, the customer's, its notices) go back to the page in the answer to the request
/// that made them; the agent's side reaches the page from the conversation's own event stream.
/// </summary>
internal sealed class ChatSession(string id, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly List<ChatLine> _lines = [];

    public string Id { get; } = id;

    /// <summary>
    /// The secret in the page's <c>chat-owner</c> cookie: only the browser that opened the chat may read the agent's side.
    /// </summary>
    public string OwnerToken { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Serializes the customer's actions on this chat, so a handover happens once.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>The bot conversation so far, sent to the agent at the top of the handover message.</summary>
    public List<TranscriptLine> BotTranscript { get; } = [];

    public OmnideskConversation? Conversation { get; set; }

    public bool Ended { get; set; }

    /// <summary>The agent's files, by id, until the customer opens them.</summary>
    public ConcurrentDictionary<string, AgentFile> Files { get; } = new(StringComparer.Ordinal);

    public long LastLineId
    {
        get
        {
            lock (_gate)
            {
                return _lines.Count;
            }
        }
    }

    public ChatLine Add(string kind, Func<ChatLine, ChatLine>? fill = null)
    {
        lock (_gate)
        {
            var line = new ChatLine(_lines.Count + 1, kind, clock.GetUtcNow());
            line = fill is null ? line : fill(line);
            _lines.Add(line);
            return line;
        }
    }

    /// <summary>Gets the lines after <paramref name="afterId"/>.</summary>
    public IReadOnlyList<ChatLine> LinesAfter(long afterId)
    {
        lock (_gate)
        {
            return [.. _lines.Skip((int)Math.Min(afterId, _lines.Count))];
        }
    }
}
