using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>The SDK side's handler, as a user writes it: takes the typed event and hands it on.</summary>
internal sealed class SinkHookpointHandler(HookpointSink sink) : OmnideskHookpointHandler
{
    protected override ValueTask OnAgentMessageAsync(AgentMessageEvent agentMessage, CancellationToken cancellationToken)
    {
        sink.Last = agentMessage;
        return ValueTask.CompletedTask;
    }
}
