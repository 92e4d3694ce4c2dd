using Omnidesk.Chat.Client.Http.Internal;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>The calls of a chat session: messages, events, visits and its end.</summary>
internal sealed partial class OmnideskChatApi
{
    public Task<NewChatMessageResult> NotifyUserNewChatMessageAsync(NewChatMessage message, CancellationToken cancellationToken = default)
    {
        var (chatServer, chatAccountToken) = Validate(message, Options);

        var form = new ChatFormContent(13)
            .Add("chatServer", chatServer)
            .Add("chatSessionID", message.ChatSessionId)
            .Add("chatAccountToken", chatAccountToken)
            .Add("channelID", message.ChannelId)
            .Add("message", message.Message)
            .Add("url", message.Url)
            .Add("messageNumber", message.MessageNumber)
            .Add("usedPredefinedUserInput", message.UsedPredefinedUserInput)
            .Add("additionalData", message.AdditionalData)
            .Add("externalAddressOverwrite", message.ExternalAddressOverwrite)
            .Add("customerName", message.CustomerName)
            .Add("emailAddress", message.EmailAddress)
            .Add("phoneNumber", message.PhoneNumber);
        return SendAsync(OmnideskOperations.NotifyUserNewChatMessage, form, ChatJsonContext.Default.NewChatMessageResult, cancellationToken);
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

        var form = new ChatFormContent(3)
            .Add("chatServer", chatServer)
            .Add("chatSessionID", chatEvent.ChatSessionId)
            .Add("event", eventName);
        return SendAsync(OmnideskOperations.NotifyUserNewChatEvent, form, ChatJsonContext.Default.ChatNotificationResult, cancellationToken);
    }

    public Task<ChatNotificationResult> NotifyUserVisitedAsync(UserVisit visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var chatServer = ChatDefaults.ChatServer(visit.ChatServer, Options);
        FieldRules.SessionId.Require(visit.ChatSessionId);
        FieldRules.Url.Require(visit.Url);

        var form = new ChatFormContent(3)
            .Add("chatServer", chatServer)
            .Add("chatSessionID", visit.ChatSessionId)
            .Add("url", visit.Url);
        return SendAsync(OmnideskOperations.NotifyUserVisited, form, ChatJsonContext.Default.ChatNotificationResult, cancellationToken);
    }

    public Task<ChatNotificationResult> NotifyUserEndChatAsync(EndChat endChat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endChat);
        var chatServer = ChatDefaults.ChatServer(endChat.ChatServer, Options);
        FieldRules.SessionId.Require(endChat.ChatSessionId);

        var form = new ChatFormContent(2)
            .Add("chatServer", chatServer)
            .Add("chatSessionID", endChat.ChatSessionId);
        return SendAsync(OmnideskOperations.NotifyUserEndChat, form, ChatJsonContext.Default.ChatNotificationResult, cancellationToken);
    }
}
