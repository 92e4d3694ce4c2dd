using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Omnidesk.Chat.Client.AspNetCore;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;

/// <summary>A real Kestrel app on 127.0.0.1 with the hookpoints mapped to a recording handler.</summary>
internal sealed class HookpointTestServer : IAsyncDisposable
{
    public const string Token = "Tk9f3Qm2Lr8Xw1Zp5Vb7Nc4Hd6Js0Ga2Ye";

    private HookpointTestServer(WebApplication app, HookpointRecorder recorder, FakeLogCollector logs)
    {
        App = app;
        Recorder = recorder;
        Logs = logs;
        BaseAddress = new Uri(app.Urls.Single());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public HookpointRecorder Recorder { get; }

    /// <summary>Every log record of the app, ASP.NET Core's own included.</summary>
    public FakeLogCollector Logs { get; }

    /// <summary>The SDK's own log records (categories under <c>Omnidesk.</c>).</summary>
    public IReadOnlyList<FakeLogRecord> HookpointLogs =>
        [.. Logs.GetSnapshot().Where(record => record.Category?.StartsWith("Omnidesk.", StringComparison.Ordinal) == true)];

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>The chatServer value: where Omnidesk posts <c>/messageForCustomer</c> and the others.</summary>
    public string HookpointBase => OmnideskHookpointAddress.Build(BaseAddress, "/omnidesk", Token);

    public static Task<HookpointTestServer> StartAsync(
        Action<OmnideskHookpointOptions>? configure = null,
        Func<OmnideskHookpointEvent, CancellationToken, ValueTask>? onEvent = null) =>
        StartAsync(services => services.AddOmnideskHookpoints<RecordingHookpointHandler>(options =>
        {
            options.Token = Token;
            configure?.Invoke(options);
        }), onEvent);

    public static async Task<HookpointTestServer> StartAsync(
        Action<IServiceCollection> addHookpoints,
        Func<OmnideskHookpointEvent, CancellationToken, ValueTask>? onEvent = null,
        Action<WebApplicationBuilder>? configureBuilder = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var logs = new FakeLogCollector();
        builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug);
        var recorder = new HookpointRecorder { OnEvent = onEvent };
        builder.Services.AddSingleton(recorder);
        configureBuilder?.Invoke(builder);
        addHookpoints(builder.Services);

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

        return new HookpointTestServer(app, recorder, logs);
    }

    public Task<HttpResponseMessage> PostAsync(string hookpoint, HttpContent content, CancellationToken cancellationToken = default) =>
        Client.PostAsync($"{HookpointBase}/{hookpoint}", content, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
