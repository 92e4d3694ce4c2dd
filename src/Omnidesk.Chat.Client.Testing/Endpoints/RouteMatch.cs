namespace Omnidesk.Chat.Client.Testing;

/// <summary>What the route table found for a method and path.</summary>
internal readonly record struct RouteMatch(EmulatorEndpoint? Endpoint, string? ChatId, bool PathKnown);
