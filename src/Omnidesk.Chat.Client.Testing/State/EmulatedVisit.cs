namespace Omnidesk.Chat.Client.Testing;

/// <summary>A page visit the emulator stored from <c>notifyUserVisited</c>.</summary>
public sealed record EmulatedVisit
{
    /// <summary>Gets the visited URL.</summary>
    public required string Url { get; init; }

    /// <summary>Gets when the emulator received the visit.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
