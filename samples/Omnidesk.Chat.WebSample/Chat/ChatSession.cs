using System.Collections.Concurrent;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>
/// One customer's chat in this app: the bot's part (kept for the handover), then the conversation with the
/// agent, and every line the page shows, which the page's event stream reads from any position.
/// </summary>
internal sealed class ChatSession(string id, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly List<ChatLine> _lines = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = id;

    /// <summary>Serializes the customer's actions on this chat, so a handover happens once.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>The bot conversation so far, sent to the agent at the top of the handover message.</summary>
    public List<TranscriptLine> BotTranscript { get; } = [];

    public OmnideskConversation? Conversation { get; set; }

    public bool Ended { get; set; }

    /// <summary>The agent's files, by id, until the customer opens them.</summary>
    public ConcurrentDictionary<string, AgentFile> Files { get; } = new(StringComparer.Ordinal);

    public ChatLine Add(string kind, Func<ChatLine, ChatLine>? fill = null)
    {
        TaskCompletionSource changed;
        ChatLine line;
        lock (_gate)
        {
            line = new ChatLine(_lines.Count + 1, kind, clock.GetUtcNow());
            line = fill is null ? line : fill(line);
            _lines.Add(line);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return line;
    }

    /// <summary>Gets the lines after <paramref name="afterId"/>, and a task that completes when another is added.</summary>
    public (IReadOnlyList<ChatLine> Lines, Task Changed) ReadAfter(long afterId)
    {
        lock (_gate)
        {
            return ([.. _lines.Skip((int)Math.Min(afterId, _lines.Count))], _changed.Task);
        }
    }
}
