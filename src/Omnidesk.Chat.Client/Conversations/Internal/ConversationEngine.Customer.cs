using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.Conversations.Internal;

internal sealed partial class ConversationEngine
{
    public async Task<SentMessage> SendAsync(OmnideskConversation conversation, string text, CancellationToken cancellationToken)
    {
        FieldRules.Message.Require(text);
        await RequireOpenAsync(conversation, "conversation send", cancellationToken).ConfigureAwait(false);
        var number = await NextMessageNumberAsync(conversation.SessionId, cancellationToken).ConfigureAwait(false);
        var result = await Api.NotifyUserNewChatMessageAsync(
            new NewChatMessage
            {
                ChatSessionId = conversation.SessionId,
                Message = text,
                ChannelId = NewChatMessage.LiveChatChannelId,
                MessageNumber = number,
            },
            cancellationToken).ConfigureAwait(false);

        var now = _time.GetUtcNow();
        await AppendHistoryAsync(conversation.SessionId, new ConversationEntry
        {
            Timestamp = now,
            Kind = ConversationEntryKind.CustomerMessage,
            Text = text,
            MessageNumber = number,
        }, cancellationToken).ConfigureAwait(false);
        await _store.TouchAsync(conversation.SessionId, cancellationToken).ConfigureAwait(false);
        return new SentMessage(number, result.TicketId ?? conversation.TicketId, now);
    }

    public async Task<SentFile> SendFileAsync(OmnideskConversation conversation, Stream content, string fileName, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        if (!content.CanRead || !content.CanSeek)
        {
            throw new ArgumentException("The file's stream must be readable and able to tell its length (CanSeek), so its size can be checked before sending.", nameof(content));
        }

        var length = content.Length - content.Position;
        var limit = FileSizeLimits.For(contentType, _options);
        if (length > limit)
        {
            throw new OmnideskValidationException(
                "file", $"at most {limit} bytes for {contentType}", $"the file has {length} bytes; nothing was sent.");
        }

        await RequireOpenAsync(conversation, "conversation send file", cancellationToken).ConfigureAwait(false);
        var result = await Api.AddAttachmentAsync(
            content, fileName, contentType, new AttachmentUpload { ChatSessionId = conversation.SessionId }, cancellationToken).ConfigureAwait(false);

        var now = _time.GetUtcNow();
        await AppendHistoryAsync(conversation.SessionId, new ConversationEntry
        {
            Timestamp = now,
            Kind = ConversationEntryKind.CustomerFile,
            FileName = fileName,
            ContentType = contentType,
            FileLength = length,
        }, cancellationToken).ConfigureAwait(false);
        await _store.TouchAsync(conversation.SessionId, cancellationToken).ConfigureAwait(false);
        return new SentFile(fileName, contentType, length, result.MessageId, now);
    }

    public async Task SetTypingAsync(OmnideskConversation conversation, bool isTyping, CancellationToken cancellationToken)
    {
        await RequireOpenAsync(conversation, "conversation typing", cancellationToken).ConfigureAwait(false);
        await Api.NotifyUserNewChatEventAsync(
            new ChatEvent
            {
                ChatSessionId = conversation.SessionId,
                Event = isTyping ? ChatEventType.StartedTyping : ChatEventType.StoppedTyping,
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task VisitAsync(OmnideskConversation conversation, string url, CancellationToken cancellationToken)
    {
        FieldRules.Url.Require(url);
        await RequireOpenAsync(conversation, "conversation visit", cancellationToken).ConfigureAwait(false);
        await Api.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = conversation.SessionId, Url = url }, cancellationToken).ConfigureAwait(false);
        await AppendHistoryAsync(conversation.SessionId, new ConversationEntry
        {
            Timestamp = _time.GetUtcNow(),
            Kind = ConversationEntryKind.CustomerVisit,
            Text = url,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the conversation here first (one atomic step in the store, so it races safely with the agent's end and the
    /// idle end on any instance), then, only when this call ended it, tells Omnidesk with one <c>notifyUserEndChat</c>.
    /// When that call fails the conversation stays ended here and the caller gets the exception: Omnidesk is never told
    /// twice, and its agent closes the chat on their side.
    /// </summary>
    public async Task EndAsync(OmnideskConversation conversation, CancellationToken cancellationToken)
    {
        var ended = await EndOnceAsync(conversation.SessionId, ConversationEndedBy.Customer, null, null, cancellationToken).ConfigureAwait(false);
        if (ended is null)
        {
            if (await _store.GetAsync(conversation.SessionId, cancellationToken).ConfigureAwait(false) is { } record)
            {
                conversation.Observe(record);
            }

            return;
        }

        conversation.Observe(ended);
        try
        {
            await Api.NotifyUserEndChatAsync(new EndChat { ChatSessionId = conversation.SessionId }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OmnideskException or OperationCanceledException)
        {
            Log.EndNotifyFailed(_logger, conversation.SessionId, ConversationEndedBy.Customer, exception);
            throw;
        }
    }

    /// <summary>Refuses to send for a conversation the store says has ended (or no longer holds).</summary>
    private async Task RequireOpenAsync(OmnideskConversation conversation, string operation, CancellationToken cancellationToken)
    {
        var record = await _store.GetAsync(conversation.SessionId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            throw new OmnideskConversationEndedException(operation, conversation.SessionId, conversation.State.EndedBy);
        }

        conversation.Observe(record);
        if (record.Status == ConversationStatus.Ended)
        {
            throw new OmnideskConversationEndedException(operation, conversation.SessionId, record.EndedBy);
        }
    }

    private async Task<int> NextMessageNumberAsync(string sessionId, CancellationToken cancellationToken) =>
        checked((int)await _store.IncrementAsync(sessionId, ConversationCounters.MessageNumber, cancellationToken).ConfigureAwait(false));

    private ValueTask<long> AppendHistoryAsync(string sessionId, ConversationEntry entry, CancellationToken cancellationToken) =>
        _store.AppendAsync(sessionId, ConversationLog.History, entry, cancellationToken);
}
