using Omnidesk.Chat.Client.Benchmarks.Raw;
using Omnidesk.Chat.Client.Pipeline;
using Omnidesk.Chat.Client.Benchmarks.Refit;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>The sides of a pair over one transport: the SDK from the container, the raw baseline, and Refit as a peer row.</summary>
internal sealed class ClientPair : IAsyncDisposable
{
    private readonly HttpClient _rawHttp;
    private readonly LoopbackServer? _server;

    private ClientPair(SdkClients sdk, RefitClients refit, RefitClients refitWithPipeline, HttpClient rawHttp, Uri baseAddress, LoopbackServer? server, SdkClients? sdkWithoutResilienceHandler = null)
    {
        Sdk = sdk;
        RefitWithPipeline = refitWithPipeline;
        SdkWithoutResilienceHandler = sdkWithoutResilienceHandler;
        Refit = refit;
        _rawHttp = rawHttp;
        Raw = new RawOmnideskClient(rawHttp, baseAddress);
        _server = server;
    }

    public SdkClients Sdk { get; }

    /// <summary>In memory only: the SDK with the library's resilience handler removed, for the attribution rows.</summary>
    public SdkClients? SdkWithoutResilienceHandler { get; }

    public RawOmnideskClient Raw { get; }

    /// <summary>The peer row: Refit over the same transport.</summary>
    public RefitClients Refit { get; }

    /// <summary>The peer row with the library's resilience handler shaped as the SDK's pipeline.</summary>
    public RefitClients RefitWithPipeline { get; }

    /// <summary>
    /// In memory: both sides over one <see cref="StandInHandler"/> answering <paramref name="inMemoryAnswer"/>.
    /// Loopback: both sides over their own sockets to one <see cref="LoopbackServer"/>.
    /// </summary>
    public static async Task<ClientPair> CreateAsync(Transport transport, byte[] inMemoryAnswer)
    {
        if (transport == Transport.InMemory)
        {
            var handler = new StandInHandler(inMemoryAnswer);
            return new ClientPair(
                SdkClients.InMemory(handler),
                RefitClients.InMemory(handler),
                RefitClients.InMemory(handler, withPipeline: true),
                WithSdkUserAgent(new HttpClient(handler, disposeHandler: true)),
                Sample.InMemoryAddress,
                null,
                SdkClients.InMemoryWithoutResilienceHandler(handler));
        }

        var server = await LoopbackServer.StartOmnideskAsync();
        return new ClientPair(SdkClients.Over(server.Address), RefitClients.Over(server.Address), RefitClients.Over(server.Address, withPipeline: true), WithSdkUserAgent(new HttpClient()), server.Address, server);
    }

    /// <summary>The raw side sends the SDK's User-Agent too, so both send the same headers.</summary>
    public static HttpClient WithSdkUserAgent(HttpClient http)
    {
        http.DefaultRequestHeaders.UserAgent.ParseAdd(OmnideskUserAgent.Sdk);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        Sdk.Dispose();
        SdkWithoutResilienceHandler?.Dispose();
        Refit.Dispose();
        RefitWithPipeline.Dispose();
        _rawHttp.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
