using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.TestSupport;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

/// <summary>
/// A user's web app as the README sets it up: hookpoints, the chat client and conversations on one real Kestrel
/// on loopback, talking to its own emulator, whose agent posts back to the app. Each test starts its own.
/// </summary>
internal sealed class ConversationTestHost : IAsyncDisposable
{
    public const string Token = "Cv7Lk2Qp9Xw4Zr1Tb8Nm3Hs6Jd0Fg5Ya";

    private ConversationTestHost(OmnideskEmulator emulator, WebApplication app, HookpointRecorder recorder)
    {
        Emulator = emulator;
        App = app;
        Recorder = recorder;
        Conversations = app.Services.GetRequiredService<IOmnideskConversations>();
        Logs = app.Services.GetFakeLogCollector();
    }

    public OmnideskEmulator Emulator { get; }

    public WebApplication App { get; }

    public IOmnideskConversations Conversations { get; }

    /// <summary>What the user's own handler got (when the test registered it).</summary>
    public HookpointRecorder Recorder { get; }

    public FakeLogCollector Logs { get; }

    public static async Task<ConversationTestHost> StartAsync(
        Action<OmnideskConversationsOptions>? configure = null,
        TimeProvider? time = null,
        bool userHandler = false,
        Action<OmnideskConversationsBuilder>? conversations = null,
        Action<OmnideskEmulatorOptions>? emulatorOptions = null,
        bool handlerAfterConversations = false,
        Action<IServiceCollection>? moreServices = null,
        HookpointRecorder? recorder = null)
    {
        var options = new OmnideskEmulatorOptions();
        emulatorOptions?.Invoke(options);
        var emulator = await OmnideskEmulator.StartAsync(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Debug);
        recorder ??= new HookpointRecorder();
        builder.Services.AddSingleton(recorder);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        if (!userHandler)
        {
            // The receiver without a handler of the user's: the conversations' intake step reads every event.
            builder.Services.AddOmnideskHookpoints(hookpoints => hookpoints.Token = Token);
        }
        else if (!handlerAfterConversations)
        {
            builder.Services.AddOmnideskHookpoints<RecordingHookpointHandler>(hookpoints => hookpoints.Token = Token);
        }

        var layer = builder.Services.AddOmnideskChat(chat => EmulatorAccount.Configure(chat, emulator))
            .AddOmnideskConversations(o => configure?.Invoke(o));
        conversations?.Invoke(layer);
        if (userHandler && handlerAfterConversations)
        {
            builder.Services.AddOmnideskHookpoints<RecordingHookpointHandler>(hookpoints => hookpoints.Token = Token);
        }

        moreServices?.Invoke(builder.Services);

        builder.Services.UseOwnHookpointsAsChatServer("/omnidesk", Token);

        var app = builder.Build();
        try
        {
            app.MapOmnideskHookpoints();
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            await emulator.DisposeAsync();
            throw;
        }

        return new ConversationTestHost(emulator, app, recorder);
    }

    /// <summary>Hands a customer over with a plain first message.</summary>
    public async Task<OmnideskConversation> StartConversationAsync(string sessionId, string message = "I would like to talk to a person")
    {
        var result = await Conversations.StartAsync(new ConversationStartRequest { SessionId = sessionId, Message = message });
        Assert.That(result.Outcome, Is.EqualTo(ConversationStartOutcome.Started));
        return result.Conversation!;
    }

    /// <summary>The requests the emulator recorded for one endpoint, such as <c>notifyUserNewChatMessage</c>.</summary>
    public IReadOnlyList<RecordedRequest> Requests(string endpoint) =>
        Emulator.Requests.Where(request => request.Path.EndsWith("/" + endpoint, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
