using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.ChatsApi;

/// <summary>
/// One emulator and the <see cref="IOmnideskChatsApi"/> a user gets from <c>AddOmnideskChat()</c>, pointed at it.
/// Each test starts its own, so tests run in parallel and each sees only its own requests.
/// </summary>
internal sealed class ChatsHarness : IAsyncDisposable
{
    /// <summary>The time the emulator's clock is stopped at, so that created and updated chats are exact.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private ChatsHarness(OmnideskEmulator emulator, ServiceProvider services)
    {
        Emulator = emulator;
        _services = services;
        Chats = services.GetRequiredService<IOmnideskChatsApi>();
    }

    public OmnideskEmulator Emulator { get; }

    public IOmnideskChatsApi Chats { get; }

    /// <summary>The v1 requests the emulator received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Emulator.Requests;

    public static async Task<ChatsHarness> StartAsync(Action<OmnideskChatOptions, OmnideskEmulator>? configure = null)
    {
        var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { TimeProvider = new StoppedClock(Now) });
        var services = new ServiceCollection();
        services.AddOmnideskChat(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.ChatsApiKey = emulator.Options.ChatsApiKey;
            configure?.Invoke(options, emulator);
        });
        return new ChatsHarness(emulator, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
