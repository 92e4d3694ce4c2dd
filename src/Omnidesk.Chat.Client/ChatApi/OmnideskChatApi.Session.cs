using System.Globalization;
using Omnidesk.Chat.Client.Pipeline;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>The calls of a chat session: messages, events, visits and its end.</summary>
internal sealed partial class OmnideskChatApi
{
    public Task<NewChatMessageResult> NotifyUserNewChatMessageAsync(NewChatMessage message, CancellationToken cancellationToken = default)
    {
        var (chatServer, chatAccountToken) = Validate(message, Options);

        return OmnideskAnswer.ReadAsync<NewChatMessageResult>(chat.NotifyUserNewChatMessageAsync(
            chatServer,
            message.ChatSessionId,
            chatAccountToken,
            message.ChannelId?.ToString(CultureInfo.InvariantCulture),
            message.Message,
            message.Url,
            message.MessageNumber?.ToString(CultureInfo.InvariantCulture),
            message.UsedPredefinedUserInput is { } predefined ? (predefined ? "true" : "false") : null,
            message.AdditionalData,
            message.ExternalAddressOverwrite,
            message.CustomerName,
            message.EmailAddress,
            message.PhoneNumber,
            cancellationToken));
    }

    /// <summary>
    /// Checks a message against every documented rule and picks its chat server and token (no allocation when
    /// the message is valid); the benchmarks measure this alone.
    /// </summary>
    internal static (string ChatServer, string ChatAccountToken) Validate(NewChatMessage message, OmnideskChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(message);
        var chatServer = ChatDefaults.ChatServer(message.ChatServer, options);
        FieldRules.MessageSessionId.Require(message.ChatSessionId);
        var chatAccountToken = ChatDefaults.ChatAccountToken(message.ChatAccountToken, options);
        FieldRules.Message.Require(message.Message);
        if (message.MessageNumber is { } messageNumber)
        {
            FieldRules.AtLeast("messageNumber", messageNumber, 1);
        }

        FieldRules.CustomerName.CheckIfSet(message.CustomerName);
        FieldRules.EmailAddress.CheckIfSet(message.EmailAddress);
        FieldRules.PhoneNumber.CheckIfSet(message.PhoneNumber);
        return (chatServer, chatAccountToken);
    }

    public Task<ChatNotificationResult> NotifyUserNewChatEventAsync(ChatEvent chatEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatEvent);
        var chatServer = ChatDefaults.ChatServer(chatEvent.ChatServer, Options);
        FieldRules.SessionId.Require(chatEvent.ChatSessionId);
        var eventName = chatEvent.Event.WireValue;
        FieldRules.Event.Require(eventName);

        return OmnideskAnswer.ReadAsync<ChatNotificationResult>(chat.NotifyUserNewChatEventAsync(chatServer, chatEvent.ChatSessionId, eventName, cancellationToken));
    }

    public Task<ChatNotificationResult> NotifyUserVisitedAsync(UserVisit visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var chatServer = ChatDefaults.ChatServer(visit.ChatServer, Options);
        FieldRules.SessionId.Require(visit.ChatSessionId);
        FieldRules.Url.Require(visit.Url);

        return OmnideskAnswer.ReadAsync<ChatNotificationResult>(chat.NotifyUserVisitedAsync(chatServer, visit.ChatSessionId, visit.Url, cancellationToken));
    }

    public Task<ChatNotificationResult> NotifyUserEndChatAsync(EndChat endChat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endChat);
        var chatServer = ChatDefaults.ChatServer(endChat.ChatServer, Options);
        FieldRules.SessionId.Require(endChat.ChatSessionId);

        return OmnideskAnswer.ReadAsync<ChatNotificationResult>(chat.NotifyUserEndChatAsync(chatServer, endChat.ChatSessionId, cancellationToken));
    }
}
