using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Tests.ChatsApi;

/// <summary>
/// A minimal server on 127.0.0.1 that answers one v1 path with a fixture file from <c>ChatsApi/Fixtures/</c>, for
/// responses the emulator never sends (fields a later API version may add).
/// </summary>
internal sealed class FixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServiceProvider _services;

    private FixtureServer(WebApplication app, ServiceProvider services)
    {
        _app = app;
        _services = services;
        Chats = services.GetRequiredService<IOmnideskChatsApi>();
    }

    public IOmnideskChatsApi Chats { get; }

    public static async Task<FixtureServer> StartAsync(string path, string fixture)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "ChatsApi", "Fixtures", fixture));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet(path, () => Results.Content(json, "application/json"));
        await app.StartAsync();

        var services = new ServiceCollection();
        services.AddOmnideskChat(options =>
        {
            options.BaseAddress = new Uri(app.Urls.Single());
            options.ChatsApiKey = "fixture-key";
        });
        return new FixtureServer(app, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _app.DisposeAsync();
    }
}
