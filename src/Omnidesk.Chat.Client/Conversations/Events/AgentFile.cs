namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// The agent sent the customer a file (the <c>uploadForCustomer</c> hookpoint). Its content is kept in the store until
/// opened once with <see cref="OmnideskConversation.OpenFileAsync"/> or until
/// <see cref="OmnideskConversationsOptions.FileRetention"/> passes.
/// </summary>
/// <param name="SessionId">The chat session id.</param>
/// <param name="Sequence">The event's place in the session's event log.</param>
/// <param name="Timestamp">When the event arrived.</param>
/// <param name="FileId">The id the store keeps the content under.</param>
/// <param name="FileName">The file's name, made safe by the receiver; still untrusted text.</param>
/// <param name="ContentType">The file's media type as sent, when sent.</param>
/// <param name="Length">The file's length in bytes: as kept, or as declared by the sender when not kept; <see langword="null"/> when unknown.</param>
/// <param name="IsContentKept"><see langword="false"/> when the content was larger than the store keeps, so only this metadata exists.</param>
public sealed record AgentFile(
    string SessionId, long Sequence, DateTimeOffset Timestamp, string FileId, string FileName, string? ContentType, long? Length, bool IsContentKept)
    : ConversationEvent(SessionId, Sequence, Timestamp);
