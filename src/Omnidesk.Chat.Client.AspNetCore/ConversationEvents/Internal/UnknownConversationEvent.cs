namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>The wire form of an event type this package does not know yet: its name and the fields every event has.</summary>
internal sealed record UnknownConversationEvent(string Type, string SessionId, long Sequence, DateTimeOffset Timestamp);
