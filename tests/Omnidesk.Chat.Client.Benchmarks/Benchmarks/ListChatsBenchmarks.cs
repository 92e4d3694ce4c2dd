using BenchmarkDotNet.Attributes;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Omnidesk.Chat.Client.ChatsApi.Internal;

namespace Omnidesk.Chat.Client.Benchmarks.Benchmarks;

/// <summary>2. The v1 <c>ListAsync</c> of one page of ten chats against the raw baseline, in memory and through loopback Kestrel.</summary>
[MemoryDiagnoser]
public class ListChatsBenchmarks
{
    private ClientPair? _pair;

    [Params(Transport.InMemory, Transport.Loopback)]
    public Transport Transport { get; set; }

    /// <summary>Synchronous, so that BenchmarkDotNet reports a failed check (it loses an async setup's exception).</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        await PairCheck.ThrowIfDifferentAsync(
            "chats.list",
            FixedResponses.TenChats,
            ChatsJsonContext.Default.IReadOnlyListChat,
            sdk => sdk.Chats.ListAsync(Sample.TenChats),
            raw => raw.ListChatsAsync(1, 10));
        await PairCheck.ThrowIfPeerDiffersAsync(
            "chats.list, Refit",
            FixedResponses.TenChats,
            ChatsJsonContext.Default.IReadOnlyListChat,
            refit => refit.ListChatsAsync(1, 10),
            raw => raw.ListChatsAsync(1, 10));
        _pair = await ClientPair.CreateAsync(Transport, FixedResponses.TenChats);
        if ((await Sdk()).Count != 10 || (Transport == Transport.InMemory && (await SdkWithoutResilienceHandler()).Count != 10))
        {
            throw new InvalidOperationException("The page should hold ten chats.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _pair?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "raw HttpClient")]
    public Task<IReadOnlyList<Chat>> Raw() => _pair!.Raw.ListChatsAsync(1, 10);

    [Benchmark(Description = "SDK")]
    public Task<IReadOnlyList<Chat>> Sdk() => _pair!.Sdk.Chats.ListAsync(Sample.TenChats);

    /// <summary>
    /// The attribution row of <c>--interleaved</c> (in memory only, so not a BenchmarkDotNet case): the SDK with the
    /// library's resilience handler removed.
    /// </summary>
    public Task<IReadOnlyList<Chat>> SdkWithoutResilienceHandler() => _pair!.SdkWithoutResilienceHandler!.Chats.ListAsync(Sample.TenChats);

    [Benchmark(Description = "Refit 16.4 (source-generated)")]
    public Task<IReadOnlyList<Chat>> Refit() => _pair!.Refit.ListChatsAsync(1, 10);

    [Benchmark(Description = "Refit 16.4 + the same resilience pipeline")]
    public Task<IReadOnlyList<Chat>> RefitWithPipeline() => _pair!.RefitWithPipeline.ListChatsAsync(1, 10);
}
