namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// One hookpoint POST of the emulator's agent, as the desk shows it: what was sent and what the hookpoint
/// answered (<see cref="StatusCode"/> is <see langword="null"/> when it could not be reached).
/// </summary>
internal sealed record AgentAction(AgentActionKind Kind, string SessionId)
{
    public string? Text { get; init; }

    public string? AgentName { get; init; }

    public string? FileName { get; init; }

    public string? ContentType { get; init; }

    public long? Size { get; init; }

    public bool Typing { get; init; }

    public int? StatusCode { get; init; }

    public DateTimeOffset At { get; init; }

    public bool Delivered => StatusCode is >= 200 and < 300;
}
