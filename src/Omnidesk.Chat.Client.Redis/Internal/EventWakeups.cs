using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// Wakes the readers of this process when any instance appends an event: the append script publishes the session id
/// on one channel, which this process subscribes to once (the client library subscribes again after a reconnect).
/// A wake-up lost while disconnected only delays a reader until its next poll; it never loses an event, because the
/// event itself is in the stream.
/// </summary>
internal sealed class EventWakeups(RedisConnection connection, RedisKeys keys, TimeSpan timeout) : IDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _subscribeGate = new(1, 1);
    private volatile bool _subscribed;

    /// <summary>The signal the next wake-up of the session completes; take it before looking at the stream, so none is missed.</summary>
    public Task Signal(string sessionId) =>
        _signals.GetOrAdd(sessionId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Subscribes once; while Redis is unreachable it does not, and readers fall back on polling.</summary>
    public async ValueTask TrySubscribeAsync(CancellationToken cancellationToken)
    {
        if (_subscribed)
        {
            return;
        }

        await _subscribeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_subscribed)
            {
                var multiplexer = await connection.GetMultiplexerAsync(cancellationToken).ConfigureAwait(false);
                await multiplexer.GetSubscriber().SubscribeAsync(keys.Wake, (_, sessionId) => Wake((string)sessionId!))
                    .WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
                _subscribed = true;
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Polling covers the meantime; the next wait tries again.
        }
        finally
        {
            _subscribeGate.Release();
        }
    }

    /// <summary>A waiter that timed out drops its signal (completing it, so a second waiter on it just looks again).</summary>
    public void Forget(string sessionId, Task signal)
    {
        if (_signals.TryGetValue(sessionId, out var source) && source.Task == signal
            && _signals.TryRemove(new KeyValuePair<string, TaskCompletionSource>(sessionId, source)))
        {
            source.TrySetResult();
        }
    }

    public void Dispose() => _subscribeGate.Dispose();

    private void Wake(string sessionId)
    {
        if (_signals.TryRemove(sessionId, out var source))
        {
            source.TrySetResult();
        }
    }
}
