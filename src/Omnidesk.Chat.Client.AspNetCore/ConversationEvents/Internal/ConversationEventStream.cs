using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// The SSE items of one browser connection: the events (typed JSON, the sequence as the id) with a heartbeat between
/// them while none comes. Ends after <see cref="ConversationEnded"/>, when the store cannot be reached (the browser
/// reconnects and resumes), and when the app stops.
/// </summary>
internal sealed partial class ConversationEventStream(
    IAsyncEnumerable<ConversationEvent> events,
    OmnideskConversationEventsOptions options,
    TimeProvider time,
    CancellationToken stopping,
    ILogger logger)
{
    public const string HeartbeatEventType = "heartbeat";

    private enum Step
    {
        Event,
        Heartbeat,
        End,
    }

    public async IAsyncEnumerable<SseItem<string>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // At once, so the browser sees the stream open and learns how soon to come back.
        yield return new SseItem<string>(string.Empty, HeartbeatEventType) { ReconnectionInterval = options.ReconnectionInterval };

        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        var enumerator = events.GetAsyncEnumerator(reading.Token);
        Task<bool>? next = null;
        try
        {
            while (true)
            {
                // A pending read survives heartbeats: asking again would consume an event before it was written.
                next ??= enumerator.MoveNextAsync().AsTask();
                var step = await WaitAsync(next, cancellationToken).ConfigureAwait(false);
                if (step == Step.End)
                {
                    yield break;
                }

                if (step == Step.Heartbeat)
                {
                    yield return new SseItem<string>(string.Empty, HeartbeatEventType);
                    continue;
                }

                next = null;
                var item = enumerator.Current;
                yield return new SseItem<string>(ConversationEventJson.Serialize(item))
                {
                    EventId = item.Sequence.ToString(CultureInfo.InvariantCulture),
                };

                if (item is ConversationEnded)
                {
                    yield break;
                }
            }
        }
        finally
        {
            // An async iterator cannot be disposed while a read is pending: stop it, let it finish, then dispose.
            await reading.CancelAsync().ConfigureAwait(false);
            if (next is not null)
            {
                try
                {
                    await next.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                catch (OmnideskStoreUnavailableException)
                {
                }
            }

            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<Step> WaitAsync(Task<bool> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next.WaitAsync(options.HeartbeatInterval, time, cancellationToken).ConfigureAwait(false) ? Step.Event : Step.End;
        }
        catch (TimeoutException)
        {
            return Step.Heartbeat;
        }
        catch (OmnideskStoreUnavailableException e)
        {
            Log.StoreUnavailable(logger, e.Message);
            return Step.End;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.AppStopping(logger);
            return Step.End;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Conversation event stream ended because the store cannot be reached; the browser reconnects and resumes: {Reason}")]
        public static partial void StoreUnavailable(ILogger logger, string reason);

        [LoggerMessage(2, LogLevel.Debug, "Conversation event stream ended because the app is stopping; the browser reconnects and resumes.")]
        public static partial void AppStopping(ILogger logger);
    }
}
