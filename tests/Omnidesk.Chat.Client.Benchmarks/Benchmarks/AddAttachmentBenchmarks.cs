using BenchmarkDotNet.Attributes;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client.Benchmarks.Benchmarks;

/// <summary>
/// 5. A 10 MiB <c>AddAttachmentAsync</c> against the raw baseline (<see cref="StreamContent"/> in a
/// <see cref="MultipartFormDataContent"/>), through the in-memory handler that drains the body: the bytes
/// allocated per upload show whether the file streams.
/// </summary>
[MemoryDiagnoser]
public class AddAttachmentBenchmarks
{
    private const int FileSize = 10 * 1024 * 1024;

    private readonly byte[] _file = new byte[FileSize];
    private ClientPair? _pair;

    /// <summary>Synchronous, so that BenchmarkDotNet reports a failed check (it loses an async setup's exception).</summary>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        new Random(42).NextBytes(_file);
        await PairCheck.ThrowIfDifferentAsync(
            "addAttachment",
            FixedResponses.Attachment,
            ChatJsonContext.Default.AttachmentResult,
            sdk => sdk.Chat.AddAttachmentAsync(OpenFile(), Sample.FileName, Sample.FileContentType, Sample.Upload),
            raw => raw.AddAttachmentAsync(OpenFile(), Sample.ChatSessionId));
        _pair = await ClientPair.CreateAsync(Transport.InMemory, FixedResponses.Attachment);
    }

    [GlobalCleanup]
    public void Cleanup() => _pair?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "raw HttpClient, 10 MiB")]
    public Task<AttachmentResult> Raw() => _pair!.Raw.AddAttachmentAsync(OpenFile(), Sample.ChatSessionId);

    [Benchmark(Description = "SDK, 10 MiB")]
    public async Task<AttachmentResult> Sdk()
    {
        await using var file = OpenFile();
        return await _pair!.Sdk.Chat.AddAttachmentAsync(file, Sample.FileName, Sample.FileContentType, Sample.Upload);
    }

    /// <summary>The file as the caller's stream: a read-only view of the same 10 MiB, nothing copied.</summary>
    private MemoryStream OpenFile() => new(_file, writable: false);
}
