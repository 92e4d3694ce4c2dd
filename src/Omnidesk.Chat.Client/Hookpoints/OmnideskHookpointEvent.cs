namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>What Omnidesk told your server on one hookpoint: the base of the four typed events.</summary>
/// <param name="SessionId">The chat session id your app chose when it escalated the conversation (<c>sessionID</c>).</param>
public abstract record OmnideskHookpointEvent(string SessionId)
{
    /// <summary>The hookpoint this event arrived on.</summary>
    public abstract HookpointKind Kind { get; }

    /// <summary>
    /// The account whose routes the event arrived on: the name given to
    /// <c>AddOmnideskHookpoints&lt;THandler&gt;("brand-b", …)</c> and <c>MapOmnideskHookpoints("brand-b", …)</c>.
    /// </summary>
    /// <value><see langword="null"/> for the unnamed routes of <c>MapOmnideskHookpoints()</c>.</value>
    public string? Account { get; init; }
}
