namespace Omnidesk.Chat.Client.Conversations.Internal;

internal sealed partial class ConversationEngine
{
    private ChatWidgetConfig? _chatTexts;

    /// <summary>The idle monitor, for tests on a fake clock; <see langword="null"/> when no idle timeout is set.</summary>
    internal IdleMonitor? Idle => _idle;

    internal async Task WarnIdleAsync(ConversationRecord record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await _store.TryUpdateAsync(record with { IdleWarnedAt = now }, cancellationToken).ConfigureAwait(false) is null)
        {
            return; // someone wrote, or another instance warned first
        }

        var texts = await ChatTextsAsync(cancellationToken).ConfigureAwait(false);
        var entry = new ConversationEntry
        {
            Timestamp = now,
            Kind = ConversationEntryKind.Notice,
            NoticeKind = ConversationNoticeKind.IdleWarning,
            Text = string.IsNullOrWhiteSpace(texts?.SessionTimeoutWarning) ? _options.IdleWarningText : texts.SessionTimeoutWarning,
        };
        await AppendHistoryAsync(record.SessionId, entry, cancellationToken).ConfigureAwait(false);
        await _store.AppendAsync(record.SessionId, ConversationLog.Events, entry, cancellationToken).ConfigureAwait(false);
        Log.IdleWarned(_logger, record.SessionId);
    }

    /// <summary>
    /// Ends the conversation when the store's clock says nobody wrote for <paramref name="idleFor"/>, then, only when
    /// this instance ended it, tells Omnidesk once. A failure of that call is logged and not repeated (the conversation
    /// has ended here; a second call could reach Omnidesk twice).
    /// </summary>
    internal async Task EndIdleAsync(string sessionId, TimeSpan idleFor, CancellationToken cancellationToken)
    {
        var texts = await ChatTextsAsync(cancellationToken).ConfigureAwait(false);
        var text = string.IsNullOrWhiteSpace(texts?.SessionTimeoutMessage) ? null : texts.SessionTimeoutMessage;
        if (await EndOnceAsync(sessionId, ConversationEndedBy.IdleTimeout, text, idleFor, cancellationToken).ConfigureAwait(false) is null)
        {
            return; // someone wrote meanwhile, or it ended another way or on another instance
        }

        try
        {
            await Api.NotifyUserEndChatAsync(new EndChat { ChatSessionId = sessionId }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OmnideskException or OperationCanceledException)
        {
            Log.EndNotifyFailed(_logger, sessionId, ConversationEndedBy.IdleTimeout, exception);
        }
    }

    /// <summary>The chat configuration's texts, fetched once when the chat service tokens allow; <see langword="null"/> when unknown.</summary>
    private async Task<ChatWidgetConfig?> ChatTextsAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _chatTexts) is { } known)
        {
            return known;
        }

        try
        {
            var config = await Api.GetChatConfigAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _chatTexts, config.Config);
            return config.Config;
        }
        catch (OmnideskValidationException)
        {
            return null; // no chat service tokens configured: the options' texts are used
        }
        catch (OmnideskException)
        {
            return null; // the chat service is unavailable now; asked again next time
        }
    }
}
