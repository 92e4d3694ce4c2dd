using Microsoft.Extensions.DependencyInjection;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// The SDK as a user gets it: <c>services.AddOmnideskChat(...)</c> and the clients from the container
/// (IHttpClientFactory, every default handler). Only the primary handler may be replaced by a stand-in.
/// </summary>
internal sealed class SdkClients : IDisposable
{
    private readonly ServiceProvider _services;

    private SdkClients(Uri baseAddress, HttpMessageHandler? primaryHandler)
    {
        var services = new ServiceCollection();
        var builder = services.AddOmnideskChat(options => Sample.Configure(options, baseAddress));
        if (primaryHandler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(() => primaryHandler);
        }

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Chat = _services.GetRequiredService<IOmnideskChatApi>();
        Chats = _services.GetRequiredService<IOmnideskChatsApi>();
    }

    public IOmnideskChatApi Chat { get; }

    public IOmnideskChatsApi Chats { get; }

    /// <summary>The clients over an in-memory stand-in for the network.</summary>
    public static SdkClients InMemory(HttpMessageHandler primaryHandler) => new(Sample.InMemoryAddress, primaryHandler);

    /// <summary>The clients over the real network stack, addressing <paramref name="baseAddress"/>.</summary>
    public static SdkClients Over(Uri baseAddress) => new(baseAddress, null);

    public void Dispose() => _services.Dispose();
}
