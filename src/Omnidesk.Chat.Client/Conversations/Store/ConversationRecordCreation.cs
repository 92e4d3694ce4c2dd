namespace Omnidesk.Chat.Client.Conversations;

/// <summary>What <see cref="IOmnideskConversationStore.CreateOrGetAsync"/> did.</summary>
/// <param name="Created"><see langword="true"/> when the record was created by this call.</param>
/// <param name="Record">The stored record: the new one, or the one that was already there.</param>
public sealed record ConversationRecordCreation(bool Created, ConversationRecord Record);
