using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Sample.Hookpoints;

/// <summary>
/// The sample's hookpoints on Kestrel: <c>POST /omnidesk/{token}/messageForCustomer</c> and the other three,
/// handled by <see cref="SampleHookpointHandler"/>. The token and limits come from <c>Omnidesk:Hookpoints</c>.
/// </summary>
internal sealed class HookpointReceiver : IAsyncDisposable
{
    public const string Prefix = "/omnidesk";

    private readonly WebApplication _app;

    private HookpointReceiver(WebApplication app)
    {
        _app = app;
        ListeningAddress = new Uri(app.Urls.First());
    }

    /// <summary>Where Kestrel listens, such as <c>http://127.0.0.1:54321</c> (the port is picked when it was 0).</summary>
    public Uri ListeningAddress { get; }

    public static async Task<HookpointReceiver> StartAsync(IConfiguration configuration, string listenUrl, AgentInbox inbox, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(listenUrl);
        // Warning keeps the request lines, whose paths hold the secret token, out of the logs.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(inbox);
        builder.Services.AddOmnideskHookpoints<SampleHookpointHandler>();

        var app = builder.Build();
        try
        {
            app.MapOmnideskHookpoints(Prefix);
            await app.StartAsync(cancellationToken);
            return new HookpointReceiver(app);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
