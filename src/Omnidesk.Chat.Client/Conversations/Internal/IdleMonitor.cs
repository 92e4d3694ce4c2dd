using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>
/// Ends conversations nobody wrote in for <see cref="OmnideskConversationsOptions.IdleTimeout"/>, after a warning
/// notice, checking every <see cref="OmnideskConversationsOptions.IdleCheckInterval"/> on the
/// <see cref="TimeProvider"/>. Decisions go through the store's compare-and-set, so several instances checking the
/// same shared store warn and end each conversation once; the end is decided on the store's clock (this instance's
/// clock only decides when to ask).
/// </summary>
internal sealed class IdleMonitor : IDisposable
{
    private const int PageSize = 100;

    private readonly ConversationEngine _engine;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _warnBefore;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();
    private int _running;
    private int _disposed;

    public IdleMonitor(ConversationEngine engine, TimeSpan timeout, OmnideskConversationsOptions options, TimeProvider time, ILogger logger)
    {
        _engine = engine;
        _timeout = timeout;
        _warnBefore = options.IdleWarningBefore;
        _logger = logger;
        Time = time;
        _timer = time.CreateTimer(_ => _ = CheckAsync(), null, options.IdleCheckInterval, options.IdleCheckInterval);
    }

    /// <summary>The last check started, for tests that advance a fake clock and wait for its work.</summary>
    internal Task LastCheck { get; private set; } = Task.CompletedTask;

    private TimeProvider Time { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _timer.Dispose();
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private Task CheckAsync()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return Task.CompletedTask;
        }

        return LastCheck = RunAsync();
    }

    private async Task RunAsync()
    {
        try
        {
            var token = _stopping.Token;
            string? pageToken = null;
            do
            {
                ConversationPage<ConversationRecord> page;
                try
                {
                    page = await _engine.Store.ListOpenAsync(PageSize, pageToken, token).ConfigureAwait(false);
                }
                catch (Exception exception) when (!token.IsCancellationRequested)
                {
                    ConversationEngine.Log.IdleListFailed(_logger, exception);
                    return;
                }

                foreach (var record in page.Items)
                {
                    try
                    {
                        await CheckOneAsync(record, token).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (!token.IsCancellationRequested)
                    {
                        ConversationEngine.Log.IdleCheckFailed(_logger, record.SessionId, exception);
                    }
                }

                pageToken = page.NextPageToken;
            }
            while (pageToken is not null);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the provider is being disposed.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task CheckOneAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var idle = now - record.LastActivityAt;
        if (idle >= _timeout)
        {
            await _engine.EndIdleAsync(record.SessionId, _timeout, cancellationToken).ConfigureAwait(false);
            return;
        }

        var warnedForThisQuiet = record.IdleWarnedAt is { } warnedAt && warnedAt >= record.LastActivityAt;
        if (_warnBefore > TimeSpan.Zero && idle >= _timeout - _warnBefore && !warnedForThisQuiet)
        {
            await _engine.WarnIdleAsync(record, now, cancellationToken).ConfigureAwait(false);
        }
    }
}
