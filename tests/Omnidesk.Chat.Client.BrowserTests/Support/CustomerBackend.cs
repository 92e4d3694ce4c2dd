using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.BrowserTests.Support;

/// <summary>
/// A user's backend as the SDK builds it: <c>AddOmnideskChat()</c> pointed at the emulator, and the real
/// hookpoint routes (<c>MapOmnideskHookpoints</c>) keeping every agent event they receive.
/// </summary>
internal sealed class CustomerBackend : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServiceProvider _client;

    private CustomerBackend(WebApplication app, ServiceProvider client, string chatServer, string token)
    {
        _app = app;
        _client = client;
        ChatServer = chatServer;
        HookpointToken = token;
    }

    /// <summary>The SDK's v2 Chat API client, configured for the emulator and this backend's hookpoints.</summary>
    public IOmnideskChatApi Client => _client.GetRequiredService<IOmnideskChatApi>();

    public ReceivedAgentEvents Received => _app.Services.GetRequiredService<ReceivedAgentEvents>();

    /// <summary>The chatServer this backend sends: its hookpoint base, with the secret token in the path.</summary>
    public string ChatServer { get; }

    public string HookpointToken { get; }

    public static async Task<CustomerBackend> StartAsync(OmnideskEmulator emulator)
    {
        var token = OmnideskHookpointAddress.GenerateToken();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<ReceivedAgentEvents>();
        builder.Services.AddOmnideskHookpoints<RecordingHandler>(o => o.Token = token);
        var app = builder.Build();
        app.MapOmnideskHookpoints("/omnidesk");
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var chatServer = OmnideskHookpointAddress.Build(address, "/omnidesk", token);

        // The client lives in the same container so the test talks to the emulator exactly as a user's app would.
        var services = new ServiceCollection();
        services.AddOmnideskChat(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.ChatServiceAddress = emulator.ChatServiceAddress;
            options.ApiKey = emulator.Options.ApiKey;
            options.ChatAccountToken = emulator.Options.ChatAccountToken;
            options.ChatServerToken = emulator.Options.ChatServerToken;
            options.ChatServer = chatServer;
        });
        return new CustomerBackend(app, services.BuildServiceProvider(), chatServer, token);
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        await _app.DisposeAsync();
    }

    private sealed class RecordingHandler(ReceivedAgentEvents received) : OmnideskHookpointHandler
    {
        protected override ValueTask OnAgentMessageAsync(AgentMessageEvent e, CancellationToken cancellationToken) => received.AddAsync(e, null);

        protected override ValueTask OnAgentTypingAsync(AgentTypingEvent e, CancellationToken cancellationToken) => received.AddAsync(e, null);

        protected override async ValueTask OnAgentFileAsync(AgentFileEvent e, CancellationToken cancellationToken)
        {
            using var content = new MemoryStream();
            await e.Content.CopyToAsync(content, cancellationToken);
            await received.AddAsync(e, content.ToArray());
        }

        protected override ValueTask OnSessionEndedAsync(SessionEndedEvent e, CancellationToken cancellationToken) => received.AddAsync(e, null);
    }
}

/// <summary>What the backend's hookpoints received, in order, with each file's bytes.</summary>
internal sealed class ReceivedAgentEvents
{
    private readonly ConcurrentQueue<(OmnideskHookpointEvent Event, byte[]? File)> _events = new();

    public IReadOnlyList<(OmnideskHookpointEvent Event, byte[]? File)> All => [.. _events];

    public ValueTask AddAsync(OmnideskHookpointEvent e, byte[]? file)
    {
        _events.Enqueue((e, file));
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits for the first event of type <typeparamref name="T"/> that matches.</summary>
    public async Task<(T Event, byte[]? File)> WaitForAsync<T>(Func<T, bool>? match = null)
        where T : OmnideskHookpointEvent
    {
        var deadline = DateTime.UtcNow + Browser.Patience;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var (e, file) in _events)
            {
                if (e is T typed && (match is null || match(typed)))
                {
                    return (typed, file);
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The hookpoints received no {typeof(T).Name} that matches within {Browser.Patience.TotalSeconds} s; got: {string.Join(", ", _events.Select(x => x.Event.GetType().Name))}.");
    }
}
