namespace Omnidesk.Chat.Client.TestSupport;

/// <summary>
/// Waits for something another task or server does on its own time (a log line, a printed reply, a deleted file),
/// checking every 20 ms, and fails the test with <see cref="TimeoutException"/> when it does not happen in time.
/// </summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>Returns once <paramref name="condition"/> holds.</summary>
    /// <param name="condition">Checked at once, then every 20 ms.</param>
    /// <param name="within">How long to wait; generous, the machine is shared.</param>
    /// <param name="describe">Says what was awaited and what was seen instead, for the failure message.</param>
    /// <exception cref="TimeoutException"><paramref name="condition"/> did not hold within <paramref name="within"/>.</exception>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan within, Func<string>? describe = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"The condition did not come true within {within.TotalSeconds:0.#} s. {describe?.Invoke()}".TrimEnd());
            }

            await Task.Delay(Interval).ConfigureAwait(false);
        }
    }
}
