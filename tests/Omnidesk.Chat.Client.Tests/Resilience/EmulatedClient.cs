using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// An emulator and the clients wired to it the way a user does it (<c>AddOmnideskChat()</c>), with waits
/// short enough for tests. Each instance has its own service provider, so its own pipeline and circuit breaker.
/// </summary>
internal sealed class EmulatedClient : IAsyncDisposable
{
    public const string ChatServer = "https://bot.example.com/omnidesk";

    private readonly ServiceProvider _services;

    private EmulatedClient(OmnideskEmulator emulator, ServiceProvider services)
    {
        Emulator = emulator;
        _services = services;
        Chat = services.GetRequiredService<IOmnideskChatApi>();
        Chats = services.GetRequiredService<IOmnideskChatsApi>();
    }

    public OmnideskEmulator Emulator { get; }

    public IOmnideskChatApi Chat { get; }

    public IOmnideskChatsApi Chats { get; }

    public IServiceProvider Services => _services;

    public static async Task<EmulatedClient> StartAsync(
        Action<OmnideskResilienceOptions>? resilience = null,
        Action<OmnideskChatOptions>? options = null,
        Action<ILoggingBuilder>? logging = null,
        OmnideskEmulatorOptions? emulatorOptions = null,
        Action<IServiceCollection>? moreServices = null,
        Action<IServiceCollection>? beforeSdk = null)
    {
        var emulator = await OmnideskEmulator.StartAsync(emulatorOptions);
        var services = new ServiceCollection();
        services.AddLogging(builder => logging?.Invoke(builder));
        beforeSdk?.Invoke(services);
        services.AddOmnideskChat(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.ChatServiceAddress = emulator.ChatServiceAddress;
            o.ApiKey = emulator.Options.ApiKey;
            o.ChatsApiKey = emulator.Options.ChatsApiKey;
            o.ChatAccountToken = emulator.Options.ChatAccountToken;
            o.ChatServerToken = emulator.Options.ChatServerToken;
            o.ChatServer = ChatServer;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(10);
            resilience?.Invoke(o.Resilience);
            options?.Invoke(o);
        });
        moreServices?.Invoke(services);
        return new EmulatedClient(emulator, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>How many times the emulator stored <paramref name="message"/> in the session.</summary>
    public int Stored(string sessionId, string message) =>
        Emulator.State.FindSession(sessionId)?.Messages.Count(m => m.Message == message) ?? 0;

    /// <summary>How many requests reached an endpoint (answered or dropped).</summary>
    public int RequestsTo(EmulatorEndpoint endpoint) => Emulator.Requests.Count(r => r.Endpoint == endpoint);

    public static NewChatMessage Message(string sessionId, string text) => new() { ChatSessionId = sessionId, Message = text };

    /// <summary>A loopback address nothing listens on: connections to it are refused at once.</summary>
    public static Uri ClosedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
