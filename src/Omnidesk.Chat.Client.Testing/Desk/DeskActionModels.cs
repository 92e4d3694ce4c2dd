namespace Omnidesk.Chat.Client.Testing;

/// <summary>The desk page's reply form: the text and the agent name to send it under.</summary>
internal sealed record DeskMessageRequest(string? Text, string? AgentName);

/// <summary>The desk page's typing switch.</summary>
internal sealed record DeskTypingRequest(bool Typing);

/// <summary>What an action did: whether the hookpoint took it, and a sentence for the page's status line.</summary>
internal sealed record DeskActionResult(bool Ok, int? HookpointStatus, string Message);
