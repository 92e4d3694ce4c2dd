namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>
/// One thing the customer's page shows, in order: <see cref="Kind"/> is <c>bot</c>, <c>customer</c>, <c>agent</c>,
/// <c>connected</c>, <c>joined</c>, <c>file</c> (the agent's), <c>customer-file</c> (the customer's),
/// <c>typing-started</c>, <c>typing-stopped</c>, <c>notice</c> or <c>ended</c>.
/// </summary>
internal sealed record ChatLine(long Id, string Kind, DateTimeOffset At)
{
    public string? Author { get; init; }

    public string? Text { get; init; }

    public string? FileName { get; init; }

    public long? Size { get; init; }

    public string? Download { get; init; }
}
