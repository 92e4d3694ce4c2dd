namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>The agent wrote a message to the customer (<c>messageForCustomer</c>).</summary>
/// <param name="SessionId">The chat session id (<c>sessionID</c>).</param>
/// <param name="AgentName">The replying agent's name (<c>name</c>), or <see langword="null"/> when not sent or empty.</param>
/// <param name="Message">The message text (<c>message</c>), exactly as sent.</param>
/// <param name="Picture">The agent's picture address (<c>picture</c>), or <see langword="null"/> when not sent or empty.</param>
public sealed record AgentMessageEvent(string SessionId, string? AgentName, string Message, string? Picture)
    : OmnideskHookpointEvent(SessionId)
{
    /// <inheritdoc/>
    public override HookpointKind Kind => HookpointKind.MessageForCustomer;
}
