using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Sample.Hookpoints;

/// <summary>
/// The sample's web app on Kestrel: the client and the conversations (<c>AddOmnideskChat().AddOmnideskConversations()</c>)
/// and the hookpoints that feed them, <c>POST /omnidesk/{token}/messageForCustomer</c> and the other three. The token
/// and limits come from <c>Omnidesk:Hookpoints</c>.
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

    /// <summary>The app's services: <see cref="IOmnideskConversations"/> among them.</summary>
    public IServiceProvider Services => _app.Services;

    /// <remarks>
    /// <c>Omnidesk:ChatServer</c> may be set in <paramref name="configuration"/> after this returns (once the port is
    /// known): the client reads its options on its first call.
    /// </remarks>
    public static async Task<HookpointReceiver> StartAsync(IConfiguration configuration, string listenUrl, bool verbose, Action<IServiceCollection>? addServices, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(listenUrl);
        // Warning keeps the request lines, whose paths hold the secret token, out of the logs.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (!verbose)
        {
            // MainAsync reports a failure once, on one line; the client's warnings about retries carry stack traces.
            builder.Logging.AddFilter(OmnideskDiagnostics.MeterName, LogLevel.Error);
        }

        // The receiver without a handler: the conversations' intake step records every hookpoint (no handler code needed).
        builder.Services.AddOmnideskHookpoints();
        builder.Services.AddOmnideskChat().AddOmnideskConversations();
        addServices?.Invoke(builder.Services);

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
