namespace Omnidesk.Chat.Client.Testing;

/// <summary>A customer event the emulator stored from <c>notifyUserNewChatEvent</c>.</summary>
public sealed record EmulatedChatEvent
{
    /// <summary>Gets the event: <c>startedtyping</c>, <c>stoppedtyping</c>, <c>expandedchat</c> or <c>minimizedchat</c>.</summary>
    public required string Event { get; init; }

    /// <summary>Gets when the emulator received the event.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
