namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>The agent started or stopped typing (<c>typingIndicatorForCustomer</c>).</summary>
/// <param name="SessionId">The chat session id (<c>SessionID</c>).</param>
/// <param name="IsTyping"><see langword="true"/> when the agent is typing (<c>Typing</c>).</param>
public sealed record AgentTypingEvent(string SessionId, bool IsTyping) : OmnideskHookpointEvent(SessionId)
{
    /// <inheritdoc/>
    public override HookpointKind Kind => HookpointKind.TypingIndicatorForCustomer;
}
