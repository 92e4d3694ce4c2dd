namespace Omnidesk.Chat.Client.Testing;

/// <summary>What a hookpoint answered the agent.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The response body as text (empty when there was none).</param>
public sealed record HookpointDelivery(int StatusCode, string Body);
