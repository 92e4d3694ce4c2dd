namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>An agent message a reader had: its text and the monotonic timestamp (Stopwatch ticks) when it had it.</summary>
internal readonly record struct Receipt(string Text, long Timestamp);
