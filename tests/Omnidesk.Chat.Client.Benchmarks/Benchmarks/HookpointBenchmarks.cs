using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Benchmarks.Benchmarks;

/// <summary>
/// 3. A <c>messageForCustomer</c> hookpoint through <c>MapOmnideskHookpoints</c> (secret path token, parser, typed
/// handler) against a bare minimal-API endpoint reading the same form, both in one Kestrel app on loopback,
/// posted the same form-urlencoded body by one client.
/// </summary>
[MemoryDiagnoser]
public class HookpointBenchmarks
{
    internal const string Token = "bench0hookpoint0token0a1b2c3d4e5f6a7b8c9d0";

    internal static readonly byte[] Form = "sessionID=sess-0f8c2a7e-4b1d-4e5a-9c3f-2d7b6a1e0c9d&name=Anna%20Agent&message=Hello%20Jane%2C%20I%20am%20sorry%20about%20the%20double%20charge.%20I%20have%20refunded%20the%20second%20payment%20of%20order%201042%3B%20you%20will%20see%20it%20within%203%20working%20days.&picture=https%3A%2F%2Fcdn.brand.com%2Fagents%2Fanna.png"u8.ToArray();

    private static readonly MediaTypeHeaderValue FormType = new("application/x-www-form-urlencoded");

    private LoopbackServer? _server;
    private HttpClient _http = null!;
    private Uri _sdkRoute = null!;
    private Uri _bareRoute = null!;

    /// <summary>Synchronous, so that BenchmarkDotNet reports a failed check (it loses an async setup's exception).</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _server = await LoopbackServer.StartAsync(
            static services => services
                .AddSingleton<HookpointSink>()
                .AddOmnideskHookpoints<SinkHookpointHandler>(options => options.Token = Token),
            static app =>
            {
                app.MapOmnideskHookpoints();
                app.MapPost("/bare/messageForCustomer", BareMessageEndpoint.HandleAsync);
            });
        _http = new HttpClient();
        _sdkRoute = new Uri(OmnideskHookpointAddress.Build(_server.Address, OmnideskHookpointEndpointRouteBuilderExtensions.DefaultPrefix, Token) + "/messageForCustomer");
        _bareRoute = new Uri(_server.Address, "bare/messageForCustomer");

        var sink = _server.Services.GetRequiredService<HookpointSink>();
        await Sdk();
        var fromSdk = sink.Last;
        await Bare();
        var fromBare = sink.Last;
        if (fromSdk is null || fromSdk != fromBare)
        {
            throw new InvalidOperationException($"The receivers read different messages: SDK {fromSdk}, bare {fromBare}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task CleanupAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "bare minimal API")]
    public Task<string> Bare() => PostAsync(_bareRoute);

    [Benchmark(Description = "MapOmnideskHookpoints")]
    public Task<string> Sdk() => PostAsync(_sdkRoute);

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
