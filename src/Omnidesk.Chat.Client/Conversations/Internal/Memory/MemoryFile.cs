namespace Omnidesk.Chat.Client.Conversations.Internal.Memory;

/// <summary>An agent file's content held by the in-memory store until taken, expired or evicted.</summary>
/// <param name="SessionId">The session it belongs to.</param>
/// <param name="FileId">Its id in the session.</param>
/// <param name="Content">The bytes.</param>
/// <param name="ExpiresAt">When it goes.</param>
internal sealed record MemoryFile(string SessionId, string FileId, byte[] Content, DateTimeOffset ExpiresAt);
