using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>
/// The intake step <c>AddOmnideskConversations()</c> registers for its account: records each hookpoint in its
/// conversation before the user's handler runs. A store failure throws
/// <see cref="OmnideskStoreUnavailableException"/>, so the receiver answers 503 and the user's handler is never told
/// of an event that was not stored.
/// </summary>
/// <remarks>
/// For an agent file of a known conversation the content has been read into the store by the time the user's handler
/// runs: its <see cref="AgentFileEvent.Content"/> is at its end; open the file with
/// <see cref="OmnideskConversation.OpenFileAsync"/> instead.
/// </remarks>
internal sealed class ConversationHookpointIntake : IOmnideskHookpointIntake
{
    private readonly ConversationEngine _engine;

    public ConversationHookpointIntake(ConversationEngine engine) => _engine = engine;

    /// <remarks>
    /// An event of a session with no open conversation is logged by the engine and passed on (the user's handler
    /// still gets it), so the engine's answer (recorded or not) is not needed here: the task is awaited as a plain one.
    /// </remarks>
    public ValueTask AcceptAsync(OmnideskHookpointEvent hookpointEvent, CancellationToken cancellationToken) =>
        new(_engine.RecordAsync(hookpointEvent, cancellationToken));
}
