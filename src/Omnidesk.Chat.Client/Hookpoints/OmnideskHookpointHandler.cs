namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>
/// Receives the agent's side of a chat: derive from it and override the events you care about.
/// Every method does nothing by default.
/// </summary>
/// <remarks>
/// Omnidesk's request is answered <c>ok</c> only after your method returned; an exception answers 500.
/// With <c>Omnidesk.Chat.Client.AspNetCore</c>, <c>MapOmnideskHookpoints()</c> calls
/// <see cref="HandleAsync"/> for you, after the account's intake steps (<see cref="IOmnideskHookpointIntake"/>, such
/// as the conversations') took the event in; elsewhere, parse the request with
/// <see cref="OmnideskHookpointParser.ParseAsync"/>, run the intake steps, and pass the event to <see cref="HandleAsync"/>.
/// </remarks>
public abstract class OmnideskHookpointHandler
{
    /// <summary>Calls the method for the event's type.</summary>
    /// <param name="hookpointEvent">The parsed event.</param>
    /// <param name="cancellationToken">Cancelled when the caller gave up (for example, the request was aborted).</param>
    /// <returns>The handler's work.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hookpointEvent"/> is <see langword="null"/>.</exception>
    public ValueTask HandleAsync(OmnideskHookpointEvent hookpointEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hookpointEvent);
        return hookpointEvent switch
        {
            AgentMessageEvent message => OnAgentMessageAsync(message, cancellationToken),
            AgentFileEvent file => OnAgentFileAsync(file, cancellationToken),
            AgentTypingEvent typing => OnAgentTypingAsync(typing, cancellationToken),
            SessionEndedEvent ended => OnSessionEndedAsync(ended, cancellationToken),
            _ => throw new ArgumentException(
                $"Unknown hookpoint event type {hookpointEvent.GetType().Name}.", nameof(hookpointEvent)),
        };
    }

    /// <summary>The agent wrote a message to the customer (<c>messageForCustomer</c>).</summary>
    /// <param name="agentMessage">The message.</param>
    /// <param name="cancellationToken">Cancelled when the request was aborted.</param>
    /// <returns>A completed task by default.</returns>
    protected virtual ValueTask OnAgentMessageAsync(AgentMessageEvent agentMessage, CancellationToken cancellationToken)
        => ValueTask.CompletedTask;

    /// <summary>The agent sent a file to the customer (<c>uploadForCustomer</c>).</summary>
    /// <param name="agentFile">The file; read <see cref="AgentFileEvent.Content"/> before returning.</param>
    /// <param name="cancellationToken">Cancelled when the request was aborted.</param>
    /// <returns>A completed task by default.</returns>
    protected virtual ValueTask OnAgentFileAsync(AgentFileEvent agentFile, CancellationToken cancellationToken)
        => ValueTask.CompletedTask;

    /// <summary>The agent started or stopped typing (<c>typingIndicatorForCustomer</c>).</summary>
    /// <param name="agentTyping">The typing state.</param>
    /// <param name="cancellationToken">Cancelled when the request was aborted.</param>
    /// <returns>A completed task by default.</returns>
    protected virtual ValueTask OnAgentTypingAsync(AgentTypingEvent agentTyping, CancellationToken cancellationToken)
        => ValueTask.CompletedTask;

    /// <summary>The agent ended the chat session (<c>endSession</c>).</summary>
    /// <param name="sessionEnded">The session that ended.</param>
    /// <param name="cancellationToken">Cancelled when the request was aborted.</param>
    /// <returns>A completed task by default.</returns>
    protected virtual ValueTask OnSessionEndedAsync(SessionEndedEvent sessionEnded, CancellationToken cancellationToken)
        => ValueTask.CompletedTask;
}
