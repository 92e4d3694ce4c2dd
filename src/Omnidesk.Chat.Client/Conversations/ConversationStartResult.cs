namespace Omnidesk.Chat.Client.Conversations;

/// <summary>The result of <see cref="IOmnideskConversations.StartAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Conversation">The conversation; <see langword="null"/> only when <paramref name="Outcome"/> is <see cref="ConversationStartOutcome.NoAgentsAvailable"/>.</param>
public sealed record ConversationStartResult(ConversationStartOutcome Outcome, OmnideskConversation? Conversation);
