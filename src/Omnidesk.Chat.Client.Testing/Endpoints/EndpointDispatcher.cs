namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Runs one recognised request through the server's checks in order (API key, content type, the rule table,
/// the chat tokens) and hands it to its endpoint handler.
/// </summary>
internal sealed class EndpointDispatcher(EmulatorContext context)
{
    private readonly ChatApiHandlers _chat = new(context);
    private readonly ChatConfigHandlers _config = new(context);
    private readonly ChatsApiHandlers _chats = new(context);

    public EmulatorResponse Dispatch(EmulatorEndpoint endpoint, string? chatId, RequestSnapshot request)
    {
        var refusal = CheckApiKey(endpoint, request) ?? CheckContentType(endpoint, request);
        if (refusal is not null)
        {
            return refusal;
        }

        var fields = FieldSource.For(endpoint, request);
        var violation = EmulatorRules.Check(endpoint, fields.Values);
        if (violation is not null)
        {
            return EmulatorErrors.Validation(violation);
        }

        if (EmulatorRules.For(endpoint).Any(f => f.Name == EmulatorRules.ChatAccountToken)
            && fields.Value(EmulatorRules.ChatAccountToken) is { } token
            && !SecretComparer.Matches(token, context.Options.ChatAccountToken))
        {
            return EmulatorErrors.InvalidChatAccountToken();
        }

        return endpoint switch
        {
            EmulatorEndpoint.NotifyUserNewChatMessage => _chat.NewMessage(fields, request),
            EmulatorEndpoint.NotifyUserNewChatEvent => _chat.NewEvent(fields),
            EmulatorEndpoint.NotifyUserVisited => _chat.Visited(fields),
            EmulatorEndpoint.NotifyUserEndChat => _chat.EndChat(fields),
            EmulatorEndpoint.AddAttachment => _chat.AddAttachment(fields, request),
            EmulatorEndpoint.RequestChatConfig => _config.RequestChatConfig(),
            EmulatorEndpoint.ChatServiceRequestChatConfig => _config.ChatServiceRequestChatConfig(fields),
            EmulatorEndpoint.CheckOriginAndIp => _config.CheckOriginAndIp(fields),
            EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps => _config.WhitelistedDomainsAndBlacklistedIps(),
            EmulatorEndpoint.RequestChatQueue => _config.RequestChatQueue(),
            EmulatorEndpoint.CreateChatbotLog => _config.CreateChatbotLog(fields),
            EmulatorEndpoint.ListChats => _chats.List(fields, details: false),
            EmulatorEndpoint.ListChatDetails => _chats.List(fields, details: true),
            EmulatorEndpoint.CreateChat => _chats.Create(request),
            EmulatorEndpoint.GetChat => _chats.Get(chatId!, details: false),
            EmulatorEndpoint.GetChatDetails => _chats.Get(chatId!, details: true),
            EmulatorEndpoint.UpdateChat => _chats.Update(chatId!, request),
            EmulatorEndpoint.DeleteChat => _chats.Delete(chatId!),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Unknown endpoint."),
        };
    }

    private EmulatorResponse? CheckApiKey(EmulatorEndpoint endpoint, RequestSnapshot request)
    {
        switch (EndpointGroups.Of(endpoint))
        {
            case EndpointGroup.AccountApi when context.Options.ApiKey is { } apiKey:
                var presented = request.Headers.GetValueOrDefault("apiKey") ?? request.QueryValue("apiKey");
                return SecretComparer.Matches(presented, apiKey) ? null : EmulatorErrors.InvalidApiKey();
            case EndpointGroup.ChatsApi when context.Options.ChatsApiKey is { } chatsApiKey:
                return SecretComparer.Matches(request.Headers.GetValueOrDefault("authorization"), chatsApiKey)
                    ? null
                    : EmulatorErrors.InvalidApiKey();
            default:
                return null;
        }
    }

    private static EmulatorResponse? CheckContentType(EmulatorEndpoint endpoint, RequestSnapshot request)
    {
        var hasBody = request.ContentType is not null
            || (request.Headers.TryGetValue("Content-Length", out var length) && length != "0")
            || request.Headers.ContainsKey("Transfer-Encoding");
        return EndpointGroups.BodyOf(endpoint) switch
        {
            BodyKind.Form when hasBody && !IsForm(request.ContentType) => EmulatorErrors.FormRequired(),
            BodyKind.Json when !RequestReader.IsJson(request.ContentType) => EmulatorErrors.JsonRequired(),
            _ => null,
        };
    }

    private static bool IsForm(string? contentType)
        => contentType is not null
            && (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase)
                || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase));
}
