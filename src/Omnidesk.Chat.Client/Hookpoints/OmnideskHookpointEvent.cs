namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>What Omnidesk told your server on one hookpoint: the base of the four typed events.</summary>
/// <param name="SessionId">The chat session id your app chose when it escalated the conversation (<c>sessionID</c>).</param>
public abstract record OmnideskHookpointEvent(string SessionId)
{
    /// <summary>The hookpoint this event arrived on.</summary>
    public abstract HookpointKind Kind { get; }
}
