using BenchmarkDotNet.Attributes;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client.Benchmarks.Benchmarks;

/// <summary>
/// 1. <c>NotifyUserNewChatMessageAsync</c> (multipart, every documented field, a ~200-character message) against
/// the raw baseline, in memory (the client's cost alone) and through loopback Kestrel (end to end).
/// </summary>
[MemoryDiagnoser]
public class NotifyUserNewChatMessageBenchmarks
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
            "notifyUserNewChatMessage",
            FixedResponses.NewChatMessage,
            ChatJsonContext.Default.NewChatMessageResult,
            sdk => sdk.Chat.NotifyUserNewChatMessageAsync(Sample.Message),
            raw => raw.NotifyUserNewChatMessageAsync(Sample.Message));
        await PairCheck.ThrowIfPeerDiffersAsync(
            "notifyUserNewChatMessage, Refit",
            FixedResponses.NewChatMessage,
            ChatJsonContext.Default.NewChatMessageResult,
            refit => refit.NotifyUserNewChatMessageAsync(Sample.Message),
            raw => raw.NotifyUserNewChatMessageAsync(Sample.Message));
        _pair = await ClientPair.CreateAsync(Transport, FixedResponses.NewChatMessage);
        if (Transport == Transport.InMemory && (await SdkWithoutResilienceHandler()).TicketId != (await Sdk()).TicketId)
        {
            throw new InvalidOperationException("The attribution row should answer as the SDK does.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _pair?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "raw HttpClient")]
    public Task<NewChatMessageResult> Raw() => _pair!.Raw.NotifyUserNewChatMessageAsync(Sample.Message);

    [Benchmark(Description = "SDK")]
    public Task<NewChatMessageResult> Sdk() => _pair!.Sdk.Chat.NotifyUserNewChatMessageAsync(Sample.Message);

    /// <summary>
    /// The attribution row of <c>--interleaved</c> (in memory only, so not a BenchmarkDotNet case): the SDK with the
    /// library's resilience handler removed.
    /// </summary>
    public Task<NewChatMessageResult> SdkWithoutResilienceHandler() => _pair!.SdkWithoutResilienceHandler!.Chat.NotifyUserNewChatMessageAsync(Sample.Message);

    [Benchmark(Description = "Refit 16.4 (source-generated)")]
    public Task<NewChatMessageResult> Refit() => _pair!.Refit.NotifyUserNewChatMessageAsync(Sample.Message);

    [Benchmark(Description = "Refit 16.4 + the same resilience pipeline")]
    public Task<NewChatMessageResult> RefitWithPipeline() => _pair!.RefitWithPipeline.NotifyUserNewChatMessageAsync(Sample.Message);
}
