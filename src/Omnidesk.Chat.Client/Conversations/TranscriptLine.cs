namespace Omnidesk.Chat.Client.Conversations;

/// <summary>One line of the chatbot conversation handed over with <see cref="ConversationStartRequest.BotTranscript"/>.</summary>
/// <param name="From">Who said it, such as <c>Bot</c> or <c>Customer</c>.</param>
/// <param name="Text">What was said.</param>
public sealed record TranscriptLine(string From, string Text);
