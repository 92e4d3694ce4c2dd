using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>
/// The hookpoint handler <c>AddOmnideskConversations()</c> puts in the receiver's place: records each event in its
/// conversation, then passes it to the user's own handler when one was registered. A store failure throws before the
/// user's handler runs, so it is never told of an event that was not stored.
/// </summary>
/// <remarks>
/// For an agent file of a known conversation the content has been read into the store by the time the user's handler
/// runs: its <see cref="AgentFileEvent.Content"/> is at its end; open the file with
/// <see cref="OmnideskConversation.OpenFileAsync"/> instead.
/// </remarks>
internal sealed class ConversationHookpointHandler : OmnideskHookpointHandler
{
    private readonly ConversationEngine _engine;
    private readonly OmnideskHookpointHandler? _inner;

    public ConversationHookpointHandler(ConversationEngine engine, OmnideskHookpointHandler? inner)
    {
        _engine = engine;
        _inner = inner;
    }

    protected override ValueTask OnAgentMessageAsync(AgentMessageEvent agentMessage, CancellationToken cancellationToken) =>
        RecordThenPassOnAsync(agentMessage, cancellationToken);

    protected override ValueTask OnAgentFileAsync(AgentFileEvent agentFile, CancellationToken cancellationToken) =>
        RecordThenPassOnAsync(agentFile, cancellationToken);

    protected override ValueTask OnAgentTypingAsync(AgentTypingEvent agentTyping, CancellationToken cancellationToken) =>
        RecordThenPassOnAsync(agentTyping, cancellationToken);

    protected override ValueTask OnSessionEndedAsync(SessionEndedEvent sessionEnded, CancellationToken cancellationToken) =>
        RecordThenPassOnAsync(sessionEnded, cancellationToken);

    private async ValueTask RecordThenPassOnAsync(OmnideskHookpointEvent hookpointEvent, CancellationToken cancellationToken)
    {
        await _engine.RecordAsync(hookpointEvent, cancellationToken).ConfigureAwait(false);
        if (_inner is not null)
        {
            await _inner.HandleAsync(hookpointEvent, cancellationToken).ConfigureAwait(false);
        }
    }
}
