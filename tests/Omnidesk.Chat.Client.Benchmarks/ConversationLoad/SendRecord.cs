namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// One planned hookpoint and what became of it. Times are Stopwatch ticks on the machine's monotonic clock;
/// <see cref="Status"/> is 0 while unanswered and -1 when the request failed without an answer.
/// </summary>
internal sealed class SendRecord(string text, int session, int number, long scheduled)
{
    public string Text { get; } = text;

    public int Session { get; } = session;

    /// <summary>The message's place in its session: 0, 1, 2, … in the order the agent wrote them.</summary>
    public int Number { get; } = number;

    /// <summary>When the plan said to send it.</summary>
    public long Scheduled { get; } = scheduled;

    public long Sent { get; set; }

    public long Answered { get; set; }

    public int Status { get; set; }
}
