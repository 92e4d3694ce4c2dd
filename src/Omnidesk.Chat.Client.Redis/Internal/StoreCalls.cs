using Omnidesk.Chat.Client.Conversations;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// Runs every store operation the same way: bounded by the operation timeout and the caller's token, and with
/// Redis being unreachable, slow or still loading turned into <see cref="OmnideskStoreUnavailableException"/>
/// with a one-line reason that names no secret. The client library reconnects by itself meanwhile.
/// </summary>
internal sealed class StoreCalls(RedisConnection connection, TimeSpan timeout)
{
    public TimeSpan Timeout => timeout;

    public async ValueTask<T> RunAsync<T>(string operation, Func<IDatabase, Task<T>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            return await call(database).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && Reason(exception) is { } reason)
        {
            throw new OmnideskStoreUnavailableException("conversation store " + operation, reason, exception);
        }
    }

    public async ValueTask RunAsync(string operation, Func<IDatabase, Task> call, CancellationToken cancellationToken) =>
        await RunAsync(operation, async database =>
        {
            await call(database).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>Why Redis could not serve the call, or null when the failure is not about availability.</summary>
    private string? Reason(Exception exception) => exception switch
    {
        TimeoutException or RedisTimeoutException => $"Redis did not answer within {timeout.TotalSeconds:0.###} s",
        RedisConnectionException connection => $"Redis cannot be reached ({connection.FailureType})",
        RedisServerException server when IsTransient(server.Message) => "Redis refused the command: " + FirstWord(server.Message),
        _ => null,
    };

    /// <summary>Replies a healthy server gives while it cannot serve: loading its data, busy with a script, out of memory, failing over.</summary>
    private static bool IsTransient(string message) =>
        message.StartsWith("LOADING", StringComparison.Ordinal) || message.StartsWith("BUSY", StringComparison.Ordinal)
        || message.StartsWith("OOM", StringComparison.Ordinal) || message.StartsWith("MASTERDOWN", StringComparison.Ordinal)
        || message.StartsWith("READONLY", StringComparison.Ordinal) || message.StartsWith("TRYAGAIN", StringComparison.Ordinal)
        || message.StartsWith("CLUSTERDOWN", StringComparison.Ordinal);

    private static string FirstWord(string message)
    {
        var space = message.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? message : message[..space];
    }
}
