using Omnidesk.Chat.Client.Benchmarks.Raw;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>The two sides of a pair over one transport: the SDK from the container and the raw baseline.</summary>
internal sealed class ClientPair : IAsyncDisposable
{
    private readonly HttpClient _rawHttp;
    private readonly LoopbackServer? _server;

    private ClientPair(SdkClients sdk, HttpClient rawHttp, Uri baseAddress, LoopbackServer? server)
    {
        Sdk = sdk;
        _rawHttp = rawHttp;
        Raw = new RawOmnideskClient(rawHttp, baseAddress);
        _server = server;
    }

    public SdkClients Sdk { get; }

    public RawOmnideskClient Raw { get; }

    /// <summary>
    /// In memory: both sides over one <see cref="StandInHandler"/> answering <paramref name="inMemoryAnswer"/>.
    /// Loopback: both sides over their own sockets to one <see cref="LoopbackServer"/>.
    /// </summary>
    public static async Task<ClientPair> CreateAsync(Transport transport, byte[] inMemoryAnswer)
    {
        if (transport == Transport.InMemory)
        {
            var handler = new StandInHandler(inMemoryAnswer);
            return new ClientPair(SdkClients.InMemory(handler), new HttpClient(handler, disposeHandler: true), Sample.InMemoryAddress, null);
        }

        var server = await LoopbackServer.StartOmnideskAsync();
        return new ClientPair(SdkClients.Over(server.Address), new HttpClient(), server.Address, server);
    }

    public async ValueTask DisposeAsync()
    {
        Sdk.Dispose();
        _rawHttp.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
