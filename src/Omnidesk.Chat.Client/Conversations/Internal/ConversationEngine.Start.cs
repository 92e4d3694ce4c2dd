using System.Text;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.Conversations.Internal;

internal sealed partial class ConversationEngine
{
    private static readonly TimeSpan StartPollInterval = TimeSpan.FromMilliseconds(50);

    public async Task<ConversationStartResult> StartAsync(ConversationStartRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldRules.SessionId.Require(request.SessionId);
        FieldRules.Message.Require(request.Message);
        FieldRules.CustomerName.CheckIfSet(request.CustomerName);
        FieldRules.EmailAddress.CheckIfSet(request.EmailAddress);
        FieldRules.PhoneNumber.CheckIfSet(request.PhoneNumber);

        var deadline = _time.GetUtcNow() + _options.StartTimeout;
        while (true)
        {
            var now = _time.GetUtcNow();
            var starting = new ConversationRecord
            {
                SessionId = request.SessionId,
                Status = ConversationStatus.Starting,
                CreatedAt = now,
                LastActivityAt = now,
                CustomerName = request.CustomerName,
            };
            var creation = await _store.CreateOrGetAsync(starting, _options.StartTimeout, cancellationToken).ConfigureAwait(false);
            if (creation.Created)
            {
                return await OpenAsync(request, creation.Record, cancellationToken).ConfigureAwait(false);
            }

            switch (creation.Record.Status)
            {
                case ConversationStatus.Open:
                    return new ConversationStartResult(ConversationStartOutcome.AlreadyOpen, new OmnideskConversation(this, creation.Record));
                case ConversationStatus.Ended:
                    throw new OmnideskConversationEndedException("conversation start", request.SessionId, creation.Record.EndedBy);
            }

            // Another caller (here or on another instance) is starting this session: wait for it rather than open a second ticket.
            if (_time.GetUtcNow() >= deadline)
            {
                throw new TimeoutException($"conversation start: session {request.SessionId} is still being started by another caller after {_options.StartTimeout}.");
            }

            await Task.Delay(StartPollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ConversationStartResult> OpenAsync(ConversationStartRequest request, ConversationRecord starting, CancellationToken cancellationToken)
    {
        var api = Api;
        try
        {
            if ((request.CheckAgentsAvailable ?? _options.CheckAgentsAvailable)
                && !await api.AreAgentsAvailableAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                await _store.RemoveAsync(request.SessionId, cancellationToken).ConfigureAwait(false);
                return new ConversationStartResult(ConversationStartOutcome.NoAgentsAvailable, null);
            }

            if (request.ChatbotLog is { } log)
            {
                await api.CreateChatbotLogAsync(log, cancellationToken).ConfigureAwait(false);
            }

            var number = await NextMessageNumberAsync(request.SessionId, cancellationToken).ConfigureAwait(false);
            var result = await api.NotifyUserNewChatMessageAsync(
                new NewChatMessage
                {
                    ChatSessionId = request.SessionId,
                    Message = FirstMessage(request),
                    ChannelId = NewChatMessage.LiveChatChannelId,
                    MessageNumber = number,
                    Url = request.Url,
                    CustomerName = request.CustomerName,
                    EmailAddress = request.EmailAddress,
                    PhoneNumber = request.PhoneNumber,
                },
                cancellationToken).ConfigureAwait(false);

            var now = _time.GetUtcNow();
            await AppendHistoryAsync(request.SessionId, new ConversationEntry
            {
                Timestamp = now,
                Kind = ConversationEntryKind.CustomerMessage,
                Text = FirstMessage(request),
                MessageNumber = number,
            }, cancellationToken).ConfigureAwait(false);

            var open = await _store.TryUpdateAsync(
                starting with { Status = ConversationStatus.Open, TicketId = result.TicketId, LastActivityAt = now },
                cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"conversation start: session {request.SessionId} changed in the store while it was being started.");
            await _store.ExpireAsync(request.SessionId, null, cancellationToken).ConfigureAwait(false);
            return new ConversationStartResult(ConversationStartOutcome.Started, new OmnideskConversation(this, open));
        }
        catch
        {
            // The session is not open: free its id so the caller can start it again. A first message whose delivery is
            // unknown may have opened the ticket; sending it again with the same session id goes to that same ticket.
            await _store.RemoveAsync(request.SessionId, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The first message: the bot transcript, a line each, then the customer's own words.</summary>
    private static string FirstMessage(ConversationStartRequest request)
    {
        if (request.BotTranscript is not { Count: > 0 } transcript)
        {
            return request.Message;
        }

        var text = new StringBuilder();
        foreach (var line in transcript)
        {
            text.Append(line.From).Append(": ").Append(line.Text).Append('\n');
        }

        return text.Append('\n').Append(request.Message).ToString();
    }
}
