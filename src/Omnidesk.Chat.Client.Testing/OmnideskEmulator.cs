using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// A fake Omnidesk on loopback Kestrel for tests: serves the v2 Chat API, the chatbot log, the chat-service
/// config and the v1 chats API with the documented validation and in-memory state, records every request,
/// injects faults, and acts as the agent by posting to hookpoints.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await OmnideskEmulator.StartAsync();
/// // point a client at emulator.BaseAddress, then assert on emulator.Requests and emulator.State
/// </code>
/// </example>
public sealed class OmnideskEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorContext _context;
    private readonly RequestRecorder _recorder;

    private OmnideskEmulator(WebApplication app, EmulatorContext context, RequestRecorder recorder, EmulatorFaults faults, EmulatorAgent agent, Uri baseAddress)
    {
        DeskAddress = context.DeskChanges is null ? null : new Uri(baseAddress, AgentDesk.Prefix.TrimStart('/'));
        _app = app;
        _context = context;
        _recorder = recorder;
        Faults = faults;
        Agent = agent;
        BaseAddress = baseAddress;
    }

    /// <summary>Gets the address of the account API, for example <c>http://127.0.0.1:54321/</c> (ends with <c>/</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the address of the chat service (the same server): <c>GET {ChatServiceAddress}requestChatConfig</c>.</summary>
    public Uri ChatServiceAddress => BaseAddress;

    /// <summary>
    /// Gets the agent desk page, for example <c>http://127.0.0.1:54321/desk</c>, or <see langword="null"/> when
    /// <see cref="OmnideskEmulatorOptions.EnableDesk"/> is off. Open it in a browser to play the agent by hand.
    /// </summary>
    public Uri? DeskAddress { get; }

    /// <summary>Gets the options the emulator runs with; most are read at each request.</summary>
    public OmnideskEmulatorOptions Options => _context.Options;

    /// <summary>
    /// Gets or sets whether agents are available; when not, <c>requestChatConfig</c> answers the
    /// <c>hide_reason_no_agents_available</c> instruction.
    /// </summary>
    public bool AgentsAvailable
    {
        get => _context.AgentsAvailable;
        set => _context.AgentsAvailable = value;
    }

    /// <summary>Gets a snapshot of every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _recorder.Snapshot();

    /// <summary>Gets the agent, which posts to the hookpoints of a session's <c>chatServer</c>.</summary>
    public EmulatorAgent Agent { get; }

    /// <summary>Gets the fault schedule.</summary>
    public EmulatorFaults Faults { get; }

    /// <summary>Gets the in-memory sessions, chatbot logs and v1 chats.</summary>
    public EmulatorState State => _context.State;

    /// <summary>Starts an emulator on 127.0.0.1 on a free port.</summary>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">An option is out of range (the message names it).</exception>
    public static async Task<OmnideskEmulator> StartAsync(OmnideskEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new OmnideskEmulatorOptions();
        OptionsGuard.Validate(options);
        // Its Kestrel request lines show the query, where keys and addAttachment's chatServer (with the hookpoint
        // token) travel: every entry and scope is masked.
        var state = new EmulatorState(options.TimeProvider);
        ILoggerFactory loggerFactory = options.LoggerFactory is { } given
            ? new EmulatorLoggerFactory(given, new EmulatorLogSecrets(options, state))
            : NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger<OmnideskEmulator>();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(OmnideskEmulator).Assembly.GetName().Name });
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
            kestrel.AddServerHeader = false;
        });

        var deskChanges = options.EnableDesk ? new DeskSignal() : null;
        var context = new EmulatorContext(options, state) { DeskChanges = deskChanges };
        var recorder = new RequestRecorder();
        var faults = new EmulatorFaults();
        var agentActions = deskChanges is null ? null : new AgentActionLog(options.TimeProvider, deskChanges);
        var agent = new EmulatorAgent(context.State, options.AgentTimeout, logger, agentActions);
        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        if (agentActions is not null)
        {
            var desk = new AgentDesk(context.State, agent, agentActions, deskChanges!, stopping);
            app.Map(AgentDesk.Prefix, branch => branch.Run(desk.HandleAsync));
        }

        var pipeline = new EmulatorPipeline(context, faults, recorder, logger, stopping);
        app.Run(http => RunSafelyAsync(pipeline, http));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            agent.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.TrimEnd('/') + "/");
        EmulatorLog.Listening(logger, baseAddress);
        return new OmnideskEmulator(app, context, recorder, faults, agent, baseAddress);
    }

    /// <summary>Forgets every recorded request.</summary>
    public void ClearRequests() => _recorder.Clear();

    /// <summary>
    /// Stops the server (pending delay faults end at once, their connections dropped) and releases the agent's
    /// HTTP client.
    /// </summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        Agent.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task RunSafelyAsync(EmulatorPipeline pipeline, HttpContext http)
    {
        try
        {
            await pipeline.HandleAsync(http).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The caller went away, or the emulator is stopping, during a delay fault: nothing to answer.
            http.Abort();
        }
    }
}
