using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Tests.ChatApi.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 that gives every request the same answer (a status, a content type and a
/// body), for error answers the emulator never sends: a plain-text body, an empty one, a nested object. The
/// clients of <c>AddOmnideskChat()</c> point at it, with no retries so that each call is one request.
/// </summary>
internal sealed class AnswerServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServiceProvider _services;
    private readonly StrongBox<int> _requests;

    private AnswerServer(WebApplication app, ServiceProvider services, StrongBox<int> requests)
    {
        _app = app;
        _services = services;
        _requests = requests;
        Chat = services.GetRequiredService<IOmnideskChatApi>();
        Chats = services.GetRequiredService<IOmnideskChatsApi>();
    }

    public IOmnideskChatApi Chat { get; }

    public IOmnideskChatsApi Chats { get; }

    /// <summary>How many requests the server answered.</summary>
    public int Requests => Volatile.Read(ref _requests.Value);

    public static async Task<AnswerServer> StartAsync(int status, string body, string contentType = "application/json")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new StrongBox<int>();
        app.Run(async context =>
        {
            Interlocked.Increment(ref requests.Value);
            context.Response.StatusCode = status;
            if (body.Length > 0)
            {
                context.Response.ContentType = contentType;
                await context.Response.WriteAsync(body);
            }
        });
        await app.StartAsync();

        var address = new Uri(app.Urls.Single());
        var services = new ServiceCollection();
        services.AddOmnideskChat(options =>
        {
            options.BaseAddress = address;
            options.ChatServiceAddress = address;
            options.ApiKey = "answer-server-key";
            options.ChatsApiKey = "answer-server-chats-key";
            options.ChatAccountToken = "AccountToken0001";
            options.ChatServerToken = "ServerToken0001";
            options.ChatServer = ChatTestHost.ChatServer;
            options.Resilience.MaxRetryAttempts = 0;
        });
        return new AnswerServer(app, services.BuildServiceProvider(validateScopes: true), requests);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _app.DisposeAsync();
    }
}
