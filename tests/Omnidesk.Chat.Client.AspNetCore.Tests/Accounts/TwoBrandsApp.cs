using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.TestSupport;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Accounts;

/// <summary>
/// One app serving two Omnidesk accounts, each on its own emulator: the unnamed account (brand A) from
/// <c>Omnidesk</c>, and <c>brand-b</c> from <c>Omnidesk:Accounts:brand-b</c>, as an app's appsettings would hold
/// them. Both route sets go to one recording handler, which sees the account on each event.
/// </summary>
internal sealed class TwoBrandsApp : IAsyncDisposable
{
    public const string BrandB = "brand-b";
    public const string TokenA = "BrandAToken0000000000000000000001";
    public const string TokenB = "BrandBToken0000000000000000000002";

    private TwoBrandsApp(WebApplication app, OmnideskEmulator brandA, OmnideskEmulator brandB, HookpointRecorder recorder, FakeLogCollector logs, Uri address)
    {
        App = app;
        BrandA = brandA;
        BrandBEmulator = brandB;
        Recorder = recorder;
        Logs = logs;
        Address = address;
    }

    public WebApplication App { get; }

    public OmnideskEmulator BrandA { get; }

    public OmnideskEmulator BrandBEmulator { get; }

    public HookpointRecorder Recorder { get; }

    public FakeLogCollector Logs { get; }

    public Uri Address { get; }

    public string ChatServerA => OmnideskHookpointAddress.Build(Address, "/omnidesk", TokenA);

    public string ChatServerB => OmnideskHookpointAddress.Build(Address, "/omnidesk/brand-b", TokenB);

    public IOmnideskChatApi ChatA => App.Services.GetRequiredService<IOmnideskChatApi>();

    public IOmnideskChatApi ChatB => App.Services.GetRequiredKeyedService<IOmnideskChatApi>(BrandB);

    /// <summary>The configuration both accounts are read from; <paramref name="change"/> edits it before start.</summary>
    /// <param name="change">Edits the configuration before start.</param>
    /// <param name="moreServices">Registers more services after the app's own.</param>
    /// <param name="chat">Chains onto brand A's and brand B's <c>AddOmnideskChat</c> builders (both registered after the receivers).</param>
    /// <param name="brandBHandler">Whether brand B's receiver gets the recording handler; without it brand B's route set has only its intake steps.</param>
    public static async Task<TwoBrandsApp> StartAsync(
        Action<Dictionary<string, string?>>? change = null,
        Action<IServiceCollection>? moreServices = null,
        Action<IHttpClientBuilder, IHttpClientBuilder>? chat = null,
        bool brandBHandler = true)
    {
        var brandA = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { ApiKey = "brand-a-api-key-0001", ChatAccountToken = "brandAaccountToken01" });
        var brandB = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { ApiKey = "brand-b-api-key-0002", ChatAccountToken = "brandBaccountToken02" });
        var address = FreePort.LoopbackAddress();
        var settings = new Dictionary<string, string?>
        {
            ["Omnidesk:BaseAddress"] = brandA.BaseAddress.ToString(),
            ["Omnidesk:ApiKey"] = brandA.Options.ApiKey,
            ["Omnidesk:ChatAccountToken"] = brandA.Options.ChatAccountToken,
            ["Omnidesk:ChatServer"] = OmnideskHookpointAddress.Build(address, "/omnidesk", TokenA),
            ["Omnidesk:Resilience:BaseDelay"] = "00:00:00.010",
            ["Omnidesk:Hookpoints:Token"] = TokenA,
            ["Omnidesk:Accounts:brand-b:BaseAddress"] = brandB.BaseAddress.ToString(),
            ["Omnidesk:Accounts:brand-b:ApiKey"] = brandB.Options.ApiKey,
            ["Omnidesk:Accounts:brand-b:ChatAccountToken"] = brandB.Options.ChatAccountToken,
            ["Omnidesk:Accounts:brand-b:ChatServer"] = OmnideskHookpointAddress.Build(address, "/omnidesk/brand-b", TokenB),
            ["Omnidesk:Accounts:brand-b:Resilience:BaseDelay"] = "00:00:00.010",
            ["Omnidesk:Accounts:brand-b:Hookpoints:Token"] = TokenB,
        };
        change?.Invoke(settings);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address.ToString());
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new FakeLogCollector();
        builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug);
        var recorder = new HookpointRecorder();
        builder.Services.AddSingleton(recorder);
        builder.Services.AddOmnideskHookpoints<RecordingHookpointHandler>();
        if (brandBHandler)
        {
            builder.Services.AddOmnideskHookpoints<RecordingHookpointHandler>(BrandB);
        }
        else
        {
            builder.Services.AddOmnideskHookpoints(BrandB);
        }

        var chatA = builder.Services.AddOmnideskChat();
        var chatB = builder.Services.AddOmnideskChat(BrandB);
        chat?.Invoke(chatA, chatB);
        moreServices?.Invoke(builder.Services);

        var app = builder.Build();
        try
        {
            app.MapOmnideskHookpoints();
            app.MapOmnideskAccountHookpoints(BrandB);
            // An endpoint of the app that escalates for brand B, its client injected by key.
            app.MapPost("/brand-b/escalate/{sessionId}", async (string sessionId, [FromKeyedServices(BrandB)] IOmnideskChatApi omnidesk) =>
            {
                var sent = await omnidesk.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = sessionId, Message = "I would like to talk to a person" });
                return Results.Ok(sent.TicketId);
            });
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            await brandA.DisposeAsync();
            await brandB.DisposeAsync();
            throw;
        }

        return new TwoBrandsApp(app, brandA, brandB, recorder, logs, address);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await BrandA.DisposeAsync();
        await BrandBEmulator.DisposeAsync();
    }
}
