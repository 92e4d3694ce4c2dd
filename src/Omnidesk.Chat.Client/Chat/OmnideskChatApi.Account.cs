using Omnidesk.Chat.Client.Http.Internal;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>The account-level calls: configuration, origin check, access lists, queue and chatbot log.</summary>
internal sealed partial class OmnideskChatApi
{
    public Task<ChatConfig> RequestChatConfigAsync(ChatConfigRequest? request = null, CancellationToken cancellationToken = default)
    {
        var chatServer = ChatDefaults.ChatServer(request?.ChatServer, Options);
        var chatAccountToken = ChatDefaults.ChatAccountToken(request?.ChatAccountToken, Options);

        var form = new ChatFormContent(2)
            .Add("chatServer", chatServer)
            .Add("chatAccountToken", chatAccountToken);
        return SendAsync(OmnideskOperations.RequestChatConfig, form, ChatJsonContext.Default.ChatConfig, cancellationToken);
    }

    public Task<ChatConfig> GetChatConfigAsync(ChatServiceTokens? tokens = null, CancellationToken cancellationToken = default)
    {
        var chatAccountToken = ChatDefaults.ChatAccountToken(tokens?.ChatAccountToken, Options);
        var chatServerToken = ChatDefaults.ChatServerToken(tokens?.ChatServerToken, Options);

        var query = new QueryStringBuilder()
            .Add("chatAccountToken", chatAccountToken)
            .Add("chatServerToken", chatServerToken);
        return SendAsync(OmnideskOperations.GetChatConfig, form: null, ChatJsonContext.Default.ChatConfig, cancellationToken, query);
    }

    public Task<OriginCheckResult> CheckOriginAndIpAsync(OriginCheck check, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(check);
        var chatServer = ChatDefaults.OptionalChatServer(check.ChatServer, Options);
        var chatAccountToken = ChatDefaults.ChatAccountToken(check.ChatAccountToken, Options);
        FieldRules.Origin.Require(check.Origin);
        FieldRules.Ip.CheckIfSet(check.Ip);

        var form = new ChatFormContent(4)
            .Add("chatServer", chatServer)
            .Add("chatAccountToken", chatAccountToken)
            .Add("origin", check.Origin)
            .Add("ip", check.Ip);
        // A 200 whose body says error is the server's "no" about this origin or IP, not a failure (docs/wire-format.md).
        return SendAsync(
            OmnideskOperations.CheckOriginAndIp,
            form,
            ChatJsonContext.Default.OriginCheckResult,
            cancellationToken,
            whenEmpty: static () => new OriginCheckResult(),
            whenErrorBody: static reason => OriginCheckResult.Refused(reason));
    }

    public Task<AccessLists> GetWhitelistedDomainsAndBlacklistedIpsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(OmnideskOperations.WhitelistedDomainsAndBlacklistedIps, form: null, ChatJsonContext.Default.AccessLists, cancellationToken, whenEmpty: static () => new AccessLists());

    public Task<ChatQueue> RequestChatQueueAsync(ChatQueueRequest? request = null, CancellationToken cancellationToken = default)
    {
        var chatAccountToken = ChatDefaults.ChatAccountToken(request?.ChatAccountToken, Options);

        var form = new ChatFormContent(1).Add("chatAccountToken", chatAccountToken);
        return SendAsync(OmnideskOperations.RequestChatQueue, form, ChatJsonContext.Default.ChatQueue, cancellationToken, whenEmpty: static () => new ChatQueue());
    }

    public Task<ChatbotLogResult> CreateChatbotLogAsync(ChatbotLog log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var fromRule = log.From is not null && log.From.Contains('@', StringComparison.Ordinal) ? FieldRules.ChatbotFromEmail : FieldRules.ChatbotFromPhone;
        fromRule.Require(log.From);
        FieldRules.Subject.Require(log.Subject);
        FieldRules.Message.Require(log.Message);

        var form = new ChatFormContent(4)
            .Add("from", log.From)
            .Add("subject", log.Subject)
            .Add("message", log.Message)
            .Add("brandID", log.BrandId);
        return SendAsync(OmnideskOperations.CreateChatbotLog, form, ChatJsonContext.Default.ChatbotLogResult, cancellationToken);
    }
}
