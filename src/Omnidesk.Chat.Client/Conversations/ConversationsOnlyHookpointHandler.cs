using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// A hookpoint handler with nothing of its own, for apps where the conversations are all that reads the agent's side:
/// <c>services.AddOmnideskHookpoints&lt;ConversationsOnlyHookpointHandler&gt;()</c>, then
/// <c>AddOmnideskChat().AddOmnideskConversations()</c>. The conversations get every hookpoint before it.
/// </summary>
public sealed class ConversationsOnlyHookpointHandler : OmnideskHookpointHandler
{
}
