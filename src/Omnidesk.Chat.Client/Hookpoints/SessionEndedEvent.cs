namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>The agent ended the chat session (<c>endSession</c>).</summary>
/// <param name="SessionId">The chat session id (<c>sessionID</c>).</param>
public sealed record SessionEndedEvent(string SessionId) : OmnideskHookpointEvent(SessionId)
{
    /// <inheritdoc/>
    public override HookpointKind Kind => HookpointKind.EndSession;
}
