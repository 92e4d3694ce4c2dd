using System.Globalization;
using Omnidesk.Chat.Client.Pipeline;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>The account-level calls: configuration, origin check, access lists, queue and chatbot log.</summary>
internal sealed partial class OmnideskChatApi
{
    public Task<ChatConfig> RequestChatConfigAsync(ChatConfigRequest? request = null, CancellationToken cancellationToken = default)
    {
        var chatServer = ChatDefaults.ChatServer(request?.ChatServer, Options);
        var chatAccountToken = ChatDefaults.ChatAccountToken(request?.ChatAccountToken, Options);

        return OmnideskAnswer.ReadAsync<ChatConfig>(chat.RequestChatConfigAsync(chatServer, chatAccountToken, cancellationToken));
    }

    public Task<ChatConfig> GetChatConfigAsync(ChatServiceTokens? tokens = null, CancellationToken cancellationToken = default)
    {
        var chatAccountToken = ChatDefaults.ChatAccountToken(tokens?.ChatAccountToken, Options);
        var chatServerToken = ChatDefaults.ChatServerToken(tokens?.ChatServerToken, Options);

        return OmnideskAnswer.ReadAsync<ChatConfig>(chatService.RequestChatConfigAsync(chatAccountToken, chatServerToken, cancellationToken));
    }

    public Task<OriginCheckResult> CheckOriginAndIpAsync(OriginCheck check, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        var chatServer = ChatDefaults.OptionalChatServer(check.ChatServer, Options);
        var chatAccountToken = ChatDefaults.ChatAccountToken(check.ChatAccountToken, Options);
        FieldRules.Origin.Require(check.Origin);
        FieldRules.Ip.CheckIfSet(check.Ip);

        // A 200 whose body says error is the server's "no" about this origin or IP (OmnideskOperations.CheckOriginAndIp).
        return OmnideskAnswer.ReadAsync<OriginCheckResult>(chat.CheckOriginAndIpAsync(chatServer, chatAccountToken, check.Origin, check.Ip, cancellationToken));
    }

    public Task<AccessLists> GetWhitelistedDomainsAndBlacklistedIpsAsync(CancellationToken cancellationToken = default) =>
        OmnideskAnswer.ReadAsync<AccessLists>(chat.WhitelistedDomainsAndBlacklistedIpsAsync(cancellationToken));

    public Task<ChatQueue> RequestChatQueueAsync(ChatQueueRequest? request = null, CancellationToken cancellationToken = default)
    {
        var chatAccountToken = ChatDefaults.ChatAccountToken(request?.ChatAccountToken, Options);

        return OmnideskAnswer.ReadAsync<ChatQueue>(chat.RequestChatQueueAsync(chatAccountToken, cancellationToken));
    }

    public Task<ChatbotLogResult> CreateChatbotLogAsync(ChatbotLog log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var fromRule = log.From is not null && log.From.Contains('@', StringComparison.Ordinal) ? FieldRules.ChatbotFromEmail : FieldRules.ChatbotFromPhone;
        fromRule.Require(log.From);
        FieldRules.Subject.Require(log.Subject);
        FieldRules.Message.Require(log.Message);

        return OmnideskAnswer.ReadAsync<ChatbotLogResult>(chatbotLog.CreateChatbotLogAsync(log.From!, log.Subject, log.Message, log.BrandId, cancellationToken));
    }
}
