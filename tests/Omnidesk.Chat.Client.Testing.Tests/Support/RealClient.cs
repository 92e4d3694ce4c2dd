using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Testing.Tests.Support;

/// <summary>The SDK's own client, registered as an app would, pointed at an emulator with its credentials.</summary>
internal sealed class RealClient : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RealClient(ServiceProvider services)
    {
        _services = services;
        Chat = services.GetRequiredService<IOmnideskChatApi>();
    }

    public IOmnideskChatApi Chat { get; }

    /// <param name="emulator">The emulator whose keys the client uses.</param>
    /// <param name="chatServer">The hookpoint base the client sends as chatServer.</param>
    /// <param name="configure">Changes to the options, for example the API key's location.</param>
    /// <param name="loggerFactory">The client's logging, or none.</param>
    public static RealClient For(OmnideskEmulator emulator, string chatServer, Action<OmnideskChatOptions>? configure = null, ILoggerFactory? loggerFactory = null)
    {
        var services = new ServiceCollection();
        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
        }

        services.AddOmnideskChat(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.ApiKey = emulator.Options.ApiKey;
            options.ChatAccountToken = emulator.Options.ChatAccountToken;
            options.ChatServer = chatServer;
            configure?.Invoke(options);
        });
        return new RealClient(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
