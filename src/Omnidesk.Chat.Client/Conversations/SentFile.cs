namespace Omnidesk.Chat.Client.Conversations;

/// <summary>A customer file Omnidesk took.</summary>
/// <param name="FileName">The file's name as sent.</param>
/// <param name="ContentType">The file's media type as sent.</param>
/// <param name="Length">How many bytes were sent.</param>
/// <param name="MessageId">The message holding it, when Omnidesk said (<c>messageID</c>).</param>
/// <param name="SentAt">When it was taken.</param>
public sealed record SentFile(string FileName, string ContentType, long Length, long? MessageId, DateTimeOffset SentAt);
