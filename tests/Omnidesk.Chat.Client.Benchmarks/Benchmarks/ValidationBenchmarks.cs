using BenchmarkDotNet.Attributes;
using Omnidesk.Chat.Client.Benchmarks.Infrastructure;
using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client.Benchmarks.Benchmarks;

/// <summary>4. The v2 client's validation alone, for a <see cref="NewChatMessage"/> with every field set.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly OmnideskChatOptions _options = new();

    [GlobalSetup]
    public void Setup() => Sample.Configure(_options, Sample.InMemoryAddress);

    [Benchmark(Description = "validate a full NewChatMessage")]
    public (string ChatServer, string ChatAccountToken) ValidateNewChatMessage() => OmnideskChatApi.Validate(Sample.Message, _options);
}
