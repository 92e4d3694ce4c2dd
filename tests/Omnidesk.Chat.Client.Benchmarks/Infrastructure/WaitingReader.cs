using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// An app's reader of one conversation, waiting in <c>ReadEventsAsync</c>; <see cref="NextAsync"/> completes when it
/// woke with the next agent message.
/// </summary>
internal sealed class WaitingReader : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private TaskCompletionSource<AgentMessage> _next = New();

    public WaitingReader(OmnideskConversation conversation) => _loop = ReadAsync(conversation);

    /// <summary>Arms the wait for the next message; call before the hookpoint is posted.</summary>
    public Task<AgentMessage> NextAsync() => Volatile.Read(ref _next).Task;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        _stop.Dispose();
    }

    private static TaskCompletionSource<AgentMessage> New() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task ReadAsync(OmnideskConversation conversation)
    {
        await foreach (var item in conversation.ReadEventsAsync(_stop.Token))
        {
            if (item is AgentMessage message)
            {
                Interlocked.Exchange(ref _next, New()).TrySetResult(message);
            }
        }
    }
}
