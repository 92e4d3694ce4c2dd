using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Benchmarks.Benchmarks;

/// <summary>
/// 6. The same <c>messageForCustomer</c> hookpoint, posted by one client over loopback: to a bare
/// <see cref="OmnideskHookpointHandler"/> (answered <c>ok</c>), and through the conversation layer (in-memory store)
/// until a reader waiting in <c>ReadEventsAsync</c> has woken with the typed <see cref="AgentMessage"/>.
/// </summary>
[MemoryDiagnoser]
public class ConversationHookpointBenchmarks
{
    private const string Token = "bench0conversation0token0a1b2c3d4e5f6a7b8";
    private const string SessionId = "sess-0f8c2a7e-4b1d-4e5a-9c3f-2d7b6a1e0c9d";

    private static readonly byte[] Form = System.Text.Encoding.ASCII.GetBytes(
        "sessionID=" + SessionId + "&name=Anna%20Agent&message=Hello%20Jane%2C%20I%20have%20refunded%20the%20second%20payment%20of%20order%201042.&picture=https%3A%2F%2Fcdn.brand.com%2Fagents%2Fanna.png");

    private static readonly MediaTypeHeaderValue FormType = new("application/x-www-form-urlencoded");

    private LoopbackServer? _bare;
    private LoopbackServer? _layered;
    private WaitingReader? _reader;
    private HttpClient _http = null!;
    private Uri _bareRoute = null!;
    private Uri _layeredRoute = null!;

    /// <summary>Synchronous, so that BenchmarkDotNet reports a failed check (it loses an async setup's exception).</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _bare = await LoopbackServer.StartAsync(
            static services => services
                .AddSingleton<HookpointSink>()
                .AddOmnideskHookpoints<SinkHookpointHandler>(options => options.Token = Token),
            static app => app.MapOmnideskHookpoints());
        _layered = await LoopbackServer.StartAsync(
            static services =>
            {
                services.AddOmnideskHookpoints(options => options.Token = Token);
                services.AddOmnideskChat(options => options.BaseAddress = new Uri("https://bench.example.com/")).AddOmnideskConversations();
            },
            static app => app.MapOmnideskHookpoints());
        _http = new HttpClient();
        _bareRoute = Route(_bare);
        _layeredRoute = Route(_layered);

        // An open conversation as StartAsync leaves it, put in the store directly: the benchmark measures the agent's side.
        var store = _layered.Services.GetRequiredService<IOmnideskConversationStore>();
        var now = DateTimeOffset.UtcNow;
        await store.CreateOrGetAsync(new ConversationRecord { SessionId = SessionId, Status = ConversationStatus.Open, CreatedAt = now, LastActivityAt = now }, null, default);
        var conversation = await _layered.Services.GetRequiredService<IOmnideskConversations>().GetAsync(SessionId)
            ?? throw new InvalidOperationException("The seeded conversation is missing.");
        _reader = new WaitingReader(conversation);

        await Bare();
        var fromBare = _bare.Services.GetRequiredService<HookpointSink>().Last;
        var fromReader = await ThroughConversationAsync();
        if (fromBare is null || fromBare.Message != fromReader.Text || fromBare.AgentName != fromReader.AgentName)
        {
            throw new InvalidOperationException($"The two sides read different messages: handler {fromBare}, reader {fromReader}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task CleanupAsync()
    {
        _http?.Dispose();
        if (_reader is not null)
        {
            await _reader.DisposeAsync();
        }

        if (_bare is not null)
        {
            await _bare.DisposeAsync();
        }

        if (_layered is not null)
        {
            await _layered.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "bare hookpoint handler")]
    public Task<string> Bare() => PostAsync(_bareRoute);

    [Benchmark(Description = "conversation layer to a waiting reader")]
    public Task<AgentMessage> Conversation() => ThroughConversationAsync();

    private static Uri Route(LoopbackServer server) =>
        new(OmnideskHookpointAddress.Build(server.Address, OmnideskHookpointEndpointRouteBuilderExtensions.DefaultPrefix, Token) + "/messageForCustomer");

    private async Task<AgentMessage> ThroughConversationAsync()
    {
        var woken = _reader!.NextAsync();
        await PostAsync(_layeredRoute);
        return await woken;
    }

    private async Task<string> PostAsync(Uri route)
    {
        using var content = new ByteArrayContent(Form);
        content.Headers.ContentType = FormType;
        using var response = await _http.PostAsync(route, content);
        var answer = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode && answer == "ok"
            ? answer
            : throw new InvalidOperationException($"{route.AbsolutePath.Split('/')[^1]} answered {(int)response.StatusCode} {answer}");
    }
}
