using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Omnidesk.Chat.Client.Conversations;

/// <summary>What <c>AddOmnideskConversations()</c> returns: chain a store onto it, such as <c>.AddRedisStore(…)</c>.</summary>
public sealed class OmnideskConversationsBuilder
{
    internal OmnideskConversationsBuilder(IServiceCollection services, string? account)
    {
        Services = services;
        Account = account;
    }

    /// <summary>The service collection the conversations are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// The account these conversations belong to (<c>AddOmnideskChat("brand-b").AddOmnideskConversations()</c>), or
    /// <see langword="null"/> for the unnamed clients. An account's store and conversations are keyed services under it.
    /// </summary>
    public string? Account { get; }

    /// <summary>
    /// Replaces the default in-memory store with another: one instance for the application, or for the account
    /// (<see cref="Account"/>), which the factory is asked for once.
    /// </summary>
    /// <param name="factory">Creates the store.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public OmnideskConversationsBuilder UseStore(Func<IServiceProvider, IOmnideskConversationStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.RemoveAllKeyed<IOmnideskConversationStore>(Account);
        Services.AddKeyedSingleton<IOmnideskConversationStore>(Account, (provider, _) => factory(provider));
        return this;
    }
}
