using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

/// <summary>
/// One instance of a user's web app as the README sets it up: real Kestrel on its own loopback port, the hookpoint
/// routes, the chat client talking to the shared emulator (the one Omnidesk), and conversations on the store the
/// test chooses (Redis, or the in-memory one shared in process for the baseline).
/// </summary>
internal sealed class AppInstance : IAsyncDisposable
{
    public const string Token = "Rd4Sc7Lo9Ut2Mw6Qe1Zx8Vb3Nk5Hj0Pa";

    private AppInstance(WebApplication app, string name, LogRecorder logs)
    {
        Logs = logs;
        App = app;
        Name = name;
        BaseAddress = new Uri(app.Urls.Single());
        Conversations = app.Services.GetRequiredService<IOmnideskConversations>();
    }

    public string Name { get; }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    /// <summary>This instance's hookpoint base (<c>chatServer</c>): what a load balancer would forward to it.</summary>
    public Uri HookpointBase => new(OmnideskHookpointAddress.Build(BaseAddress, "/omnidesk", Token));

    public IOmnideskConversations Conversations { get; }

    /// <summary>What this instance logged at Warning and above.</summary>
    public LogRecorder Logs { get; }

    public IServiceProvider Services => App.Services;

    /// <param name="name">For messages: "A" or "B".</param>
    /// <param name="emulator">The shared Omnidesk.</param>
    /// <param name="store">Puts the conversations in the store under test.</param>
    /// <param name="chatServer">
    /// The <c>chatServer</c> this instance sends on a session's first message, where the agent's side goes: another
    /// instance's hookpoints, as a load balancer would pick; null for this instance's own.
    /// </param>
    /// <param name="options">The conversations' options, such as a short idle timeout.</param>
    /// <param name="time">This instance's clock, when not the system's (such as one that runs ahead).</param>
    public static async Task<AppInstance> StartAsync(
        string name,
        OmnideskEmulator emulator,
        Action<OmnideskConversationsBuilder> store,
        Uri? chatServer = null,
        Action<OmnideskConversationsOptions>? options = null,
        TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var logs = new LogRecorder();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Error)
            .AddProvider(logs).AddFilter<LogRecorder>(null, LogLevel.Warning);
        builder.Services.AddOmnideskHookpoints(hookpoints => hookpoints.Token = Token);
        var conversations = builder.Services.AddOmnideskChat(chat =>
        {
            chat.BaseAddress = emulator.BaseAddress;
            chat.ChatServiceAddress = emulator.ChatServiceAddress;
            chat.ApiKey = emulator.Options.ApiKey;
            chat.ChatAccountToken = emulator.Options.ChatAccountToken;
            chat.ChatServerToken = emulator.Options.ChatServerToken;
            chat.ChatServer = chatServer?.ToString().TrimEnd('/');
        }).AddOmnideskConversations(o => options?.Invoke(o));
        store(conversations);

        // Without a given chatServer, this instance's own address: known once Kestrel has picked its port.
        builder.Services.AddOptions<OmnideskChatOptions>().PostConfigure<IServer>((chat, server) =>
            chat.ChatServer ??= server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address
                ? OmnideskHookpointAddress.Build(new Uri(address), "/omnidesk", Token)
                : null);

        var app = builder.Build();
        try
        {
            app.MapOmnideskHookpoints();
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new AppInstance(app, name, logs);
    }

    public async Task<OmnideskConversation> StartConversationAsync(string sessionId)
    {
        var result = await Conversations.StartAsync(new ConversationStartRequest { SessionId = sessionId, Message = $"Hello from instance {Name}" });
        Assert.That(result.Outcome, Is.EqualTo(ConversationStartOutcome.Started), $"start of {sessionId} on {Name}");
        return result.Conversation!;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
