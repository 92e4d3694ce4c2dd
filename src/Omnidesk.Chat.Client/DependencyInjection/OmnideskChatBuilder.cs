using Microsoft.Extensions.DependencyInjection;

namespace Omnidesk.Chat.Client.DependencyInjection;

/// <summary>
/// What <c>AddOmnideskChat(...)</c> returns: the builder of the account's <see cref="HttpClient"/> (chain handlers and
/// settings onto it as onto any <see cref="IHttpClientBuilder"/>), which also knows the account it belongs to, so
/// that what is added to it (<c>AddOmnideskApi</c>, <c>AddOmnideskConversations</c>) lands on that account.
/// </summary>
public sealed class OmnideskChatBuilder : IHttpClientBuilder
{
    private readonly IHttpClientBuilder _http;

    internal OmnideskChatBuilder(IHttpClientBuilder http, string? account)
    {
        _http = http;
        Account = account;
    }

    /// <summary>The account (<c>brand-b</c> for <c>AddOmnideskChat("brand-b")</c>), or <see langword="null"/> for the unnamed clients.</summary>
    public string? Account { get; }

    /// <summary>The name of the account's <see cref="HttpClient"/>.</summary>
    public string Name => _http.Name;

    /// <summary>The service collection the clients are registered in.</summary>
    public IServiceCollection Services => _http.Services;
}
