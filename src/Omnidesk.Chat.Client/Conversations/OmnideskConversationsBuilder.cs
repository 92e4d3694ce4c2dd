using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Omnidesk.Chat.Client.Conversations;

/// <summary>What <c>AddOmnideskConversations()</c> returns: chain a store onto it, such as <c>.AddRedisStore(…)</c>.</summary>
public sealed class OmnideskConversationsBuilder
{
    internal OmnideskConversationsBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection the conversations are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Replaces the default in-memory store with another (one instance for the application).</summary>
    /// <param name="factory">Creates the store.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public OmnideskConversationsBuilder UseStore(Func<IServiceProvider, IOmnideskConversationStore> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.Replace(ServiceDescriptor.Singleton(factory));
        return this;
    }
}
