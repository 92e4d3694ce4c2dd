namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Tells the desk's open event streams that something changed: a request reached the emulator or the agent
/// posted. Waiters take <see cref="NextChange"/>; <see cref="Notify"/> completes it and arms the next one.
/// </summary>
internal sealed class DeskSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes at the next change.</summary>
    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Notify()
    {
        var fired = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        fired.TrySetResult();
    }
}
