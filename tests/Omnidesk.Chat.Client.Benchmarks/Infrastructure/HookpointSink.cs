using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>Where both hookpoint receivers put the agent's message: the last one, for the setup's check.</summary>
internal sealed class HookpointSink
{
    public AgentMessageEvent? Last { get; set; }
}
