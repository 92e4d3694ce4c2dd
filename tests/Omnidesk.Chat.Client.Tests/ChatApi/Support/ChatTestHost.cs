using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.ChatApi.Support;

/// <summary>
/// One emulator and one <see cref="IOmnideskChatApi"/> wired to it through <c>AddOmnideskChat</c>, exactly as an
/// application gets it. Each test starts its own, so tests share nothing and run in parallel.
/// </summary>
internal sealed class ChatTestHost : IAsyncDisposable
{
    public const string ChatServer = "https://bot.example.com/omnidesk";

    private readonly ServiceProvider _services;

    private ChatTestHost(OmnideskEmulator emulator, ServiceProvider services)
    {
        Emulator = emulator;
        _services = services;
        Api = services.GetRequiredService<IOmnideskChatApi>();
    }

    public OmnideskEmulator Emulator { get; }

    public IOmnideskChatApi Api { get; }

    /// <summary>The only request the emulator recorded (fails when there is not exactly one).</summary>
    public RecordedRequest SingleRequest => Emulator.Requests.Single();

    /// <summary>
    /// Starts the emulator and a client configured with its key, tokens and addresses and
    /// <see cref="ChatServer"/>; <paramref name="configure"/> may change any option afterwards.
    /// </summary>
    public static async Task<ChatTestHost> StartAsync(Action<OmnideskChatOptions>? configure = null, Action<IHttpClientBuilder>? client = null)
    {
        var emulator = await OmnideskEmulator.StartAsync();
        var services = new ServiceCollection();
        var builder = services.AddOmnideskChat(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.ChatServiceAddress = emulator.ChatServiceAddress;
            options.ApiKey = emulator.Options.ApiKey;
            options.ChatAccountToken = emulator.Options.ChatAccountToken;
            options.ChatServerToken = emulator.Options.ChatServerToken;
            options.ChatServer = ChatServer;
            configure?.Invoke(options);
        });
        client?.Invoke(builder);
        return new ChatTestHost(emulator, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Opens a session on the emulator (as a first message would) and forgets the requests so far.</summary>
    public void SeedSession(string chatSessionId)
    {
        Emulator.State.SeedSession(chatSessionId, ChatServer);
        Emulator.ClearRequests();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
