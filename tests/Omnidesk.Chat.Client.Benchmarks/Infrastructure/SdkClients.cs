using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// The SDK as a user gets it: <c>services.AddOmnideskChat(...)</c> and the clients from the container
/// (IHttpClientFactory, every default handler). Only the primary handler may be replaced by a stand-in, and, for the
/// attribution rows only, the library's resilience handler taken out (<see cref="InMemoryWithoutResilienceHandler"/>).
/// </summary>
internal sealed class SdkClients : IDisposable
{
    private readonly ServiceProvider _services;

    private SdkClients(Uri baseAddress, HttpMessageHandler? primaryHandler, bool withoutResilienceHandler = false)
    {
        var services = new ServiceCollection();
        var builder = services.AddOmnideskChat(options => Sample.Configure(options, baseAddress));
        if (primaryHandler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(() => primaryHandler);
        }

        if (withoutResilienceHandler)
        {
            // Registered after AddOmnideskChat's own handlers, so it runs after them and removes the pipeline they added.
            builder.ConfigureAdditionalHttpMessageHandlers(static (handlers, _) =>
            {
                for (var i = handlers.Count - 1; i >= 0; i--)
                {
                    if (handlers[i] is ResilienceHandler)
                    {
                        handlers.RemoveAt(i);
                    }
                }
            });
        }

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Chat = _services.GetRequiredService<IOmnideskChatApi>();
        Chats = _services.GetRequiredService<IOmnideskChatsApi>();
    }

    public IOmnideskChatApi Chat { get; }

    public IOmnideskChatsApi Chats { get; }

    /// <summary>The clients over an in-memory stand-in for the network.</summary>
    public static SdkClients InMemory(HttpMessageHandler primaryHandler) => new(Sample.InMemoryAddress, primaryHandler);

    /// <summary>
    /// The same clients with the Microsoft.Extensions.Http.Resilience handler (the Polly pipeline and its telemetry)
    /// removed, everything else as shipped: what the pipeline costs is the difference from the SDK row in the same run.
    /// No user gets this configuration from the SDK.
    /// </summary>
    public static SdkClients InMemoryWithoutResilienceHandler(HttpMessageHandler primaryHandler) => new(Sample.InMemoryAddress, primaryHandler, withoutResilienceHandler: true);

    /// <summary>The clients over the real network stack, addressing <paramref name="baseAddress"/>.</summary>
    public static SdkClients Over(Uri baseAddress) => new(baseAddress, null);

    public void Dispose() => _services.Dispose();
}
