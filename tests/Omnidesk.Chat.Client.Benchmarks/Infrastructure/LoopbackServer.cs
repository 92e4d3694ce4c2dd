using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>A minimal Kestrel app on 127.0.0.1 (a free port), without logging: the loopback runs' server.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server's root, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<LoopbackServer> StartAsync(Action<IServiceCollection> configureServices, Action<WebApplication> mapRoutes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        configureServices(builder.Services);

        var app = builder.Build();
        mapRoutes(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>A server standing in for Omnidesk: each route drains the request body and answers fixed JSON.</summary>
    public static Task<LoopbackServer> StartOmnideskAsync() => StartAsync(
        static _ => { },
        static app =>
        {
            app.MapPost("/api/v2/chat/notifyUserNewChatMessage", context => AnswerAsync(context, FixedResponses.NewChatMessage));
            app.MapGet("/api/v1/chats", context => AnswerAsync(context, FixedResponses.TenChats));
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task AnswerAsync(HttpContext context, byte[] json)
    {
        await DrainAsync(context.Request.BodyReader, context.RequestAborted);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted);
    }

    private static async Task DrainAsync(PipeReader body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            body.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return;
            }
        }
    }
}
