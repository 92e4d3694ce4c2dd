using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Conversations.Internal.Memory;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.ConversationEvents;

/// <summary>
/// One instance of a user's web app on real Kestrel: hookpoints, conversations on the given store, and
/// <c>MapOmnideskConversationEvents("/chat/{sessionId}/events", …)</c> whose callback lets a customer (the
/// <c>X-Customer</c> header) read only the sessions <see cref="Owners"/> gives them. Two instances given the same
/// store are two app instances sharing it.
/// </summary>
internal sealed class EventsTestApp : IAsyncDisposable
{
    public const string Token = "Ev7Lk2Qp9Xw4Zr1Tb8Nm3Hs6Jd0Fg5Yb";

    private EventsTestApp(WebApplication app, Uri address, string? account)
    {
        App = app;
        Conversations = account is null
            ? app.Services.GetRequiredService<IOmnideskConversations>()
            : app.Services.GetRequiredKeyedService<IOmnideskConversations>(account);
        Http = new HttpClient { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
    }

    public WebApplication App { get; }

    public IOmnideskConversations Conversations { get; }

    public HttpClient Http { get; }

    /// <summary>Which customer owns which session: what the app's authorization callback checks.</summary>
    public ConcurrentDictionary<string, string> Owners { get; } = new(StringComparer.Ordinal);

    /// <summary>The session ids the callback was asked about, in order.</summary>
    public ConcurrentQueue<string> Asked { get; } = new();

    public static IOmnideskConversationStore NewStore() =>
        new MemoryConversationStore(new OmnideskMemoryStoreOptions(), TimeProvider.System);

    public static async Task<EventsTestApp> StartAsync(
        OmnideskEmulator emulator,
        IOmnideskConversationStore store,
        TimeProvider? time = null,
        Action<OmnideskConversationEventsOptions>? configure = null,
        string? account = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var hookpoints = account is null ? "/omnidesk" : "/omnidesk/" + account;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address.ToString());
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Debug);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        void Chat(OmnideskChatOptions chat)
        {
            chat.BaseAddress = emulator.BaseAddress;
            chat.ChatServiceAddress = emulator.ChatServiceAddress;
            chat.ApiKey = emulator.Options.ApiKey;
            chat.ChatAccountToken = emulator.Options.ChatAccountToken;
            chat.ChatServerToken = emulator.Options.ChatServerToken;
            chat.ChatServer = OmnideskHookpointAddress.Build(address, hookpoints, Token);
        }

        if (account is null)
        {
            builder.Services.AddOmnideskHookpoints(o => o.Token = Token);
            builder.Services.AddOmnideskChat(Chat).AddOmnideskConversations().UseStore(_ => store);
        }
        else
        {
            builder.Services.AddOmnideskHookpoints(account, o => o.Token = Token);
            builder.Services.AddOmnideskChat(account, Chat).AddOmnideskConversations().UseStore(_ => store);
        }

        var app = builder.Build();
        EventsTestApp? self = null;
        if (account is null)
        {
            app.MapOmnideskHookpoints();
        }
        else
        {
            app.MapOmnideskAccountHookpoints(account);
        }

        app.MapOmnideskConversationEvents("/chat/{sessionId}/events", (http, sessionId) => self!.AuthorizeAsync(http, sessionId), o =>
        {
            o.Account = account;
            configure?.Invoke(o);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        self = new EventsTestApp(app, address, account);
        return self;
    }

    public Task<SseConnection> OpenAsync(string sessionId, string? customer, string? lastEventId = null) =>
        SseConnection.OpenAsync(Http, $"/chat/{sessionId}/events", customer, lastEventId);

    public async Task<OmnideskConversation> StartConversationAsync(string sessionId, string customer)
    {
        Owners[sessionId] = customer;
        var result = await Conversations.StartAsync(new ConversationStartRequest { SessionId = sessionId, Message = "I would like to talk to a person" });
        Assert.That(result.Outcome, Is.EqualTo(ConversationStartOutcome.Started));
        return result.Conversation!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private ValueTask<ConversationEventsAccess> AuthorizeAsync(HttpContext http, string sessionId)
    {
        Asked.Enqueue(sessionId);
        var customer = http.Request.Headers["X-Customer"].ToString();
        return ValueTask.FromResult(
            customer.Length == 0 ? ConversationEventsAccess.Unauthorized
            : !Owners.TryGetValue(sessionId, out var owner) ? ConversationEventsAccess.NotFound
            : owner == customer ? ConversationEventsAccess.Allow
            : ConversationEventsAccess.Forbidden);
    }
}
