using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Sample.Hookpoints;

/// <summary>
/// Receives the agent's side of the chat that Omnidesk POSTs to the sample's hookpoints. A real app would push
/// each event on to the customer's chat window; the sample writes it to the transcript.
/// </summary>
internal sealed class SampleHookpointHandler(AgentInbox inbox) : OmnideskHookpointHandler
{
    protected override ValueTask OnAgentMessageAsync(AgentMessageEvent agentMessage, CancellationToken cancellationToken)
    {
        inbox.Replied(agentMessage);
        return ValueTask.CompletedTask;
    }

    protected override async ValueTask OnAgentFileAsync(AgentFileEvent agentFile, CancellationToken cancellationToken)
    {
        // The file streams in with the request: read it before returning (a real app stores it or passes it on).
        var buffer = new byte[16 * 1024];
        long length = 0;
        int read;
        while ((read = await agentFile.Content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
        }

        inbox.FileReceived(agentFile, length);
    }

    protected override ValueTask OnAgentTypingAsync(AgentTypingEvent agentTyping, CancellationToken cancellationToken)
    {
        inbox.Typing(agentTyping);
        return ValueTask.CompletedTask;
    }

    protected override ValueTask OnSessionEndedAsync(SessionEndedEvent sessionEnded, CancellationToken cancellationToken)
    {
        inbox.SessionEnded(sessionEnded);
        return ValueTask.CompletedTask;
    }
}
