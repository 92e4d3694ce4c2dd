namespace Omnidesk.Chat.Client;

/// <summary>
/// The answer to <c>requestChatQueue</c>. Its shape is not documented: the envelope is typed and the rest is in
/// <see cref="ChatApiResult.AdditionalProperties"/>; an empty answer reads as an empty result.
/// </summary>
public sealed record ChatQueue : ChatApiResult;
