namespace Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

/// <summary>A machine whose clock runs ahead of the others' by <paramref name="by"/> (its timers run at the normal pace).</summary>
internal sealed class ClockAhead(TimeSpan by) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + by;
}
