using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Omnidesk.Chat.Client.Benchmarks.Raw;
using Omnidesk.Chat.Client.Benchmarks.Refit;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// Run once in each pair's global setup: both sides send their request to one capturing handler; the requests
/// must be the same (<see cref="RequestComparison"/>) and so must the typed results, or the pair measures nothing
/// and the setup throws.
/// </summary>
internal static class PairCheck
{
    public static async Task ThrowIfDifferentAsync<T>(
        string pair,
        byte[] answer,
        JsonTypeInfo<T> resultType,
        Func<SdkClients, Task<T>> sdkCall,
        Func<RawOmnideskClient, Task<T>> rawCall)
    {
        var handler = new CapturingHandler(answer);
        using var sdk = SdkClients.InMemory(handler);
        using var http = new HttpClient(handler, disposeHandler: false);
        var raw = new RawOmnideskClient(http, Sample.InMemoryAddress);

        var sdkResult = await sdkCall(sdk);
        var sdkRequest = handler.Last!;
        var rawResult = await rawCall(raw);
        var rawRequest = handler.Last!;

        if (Environment.GetEnvironmentVariable("OMNIDESK_BENCH_SHOW_REQUESTS") == "1")
        {
            Console.WriteLine($"// {pair}, SDK:{Environment.NewLine}{Show(sdkRequest)}{Environment.NewLine}// {pair}, raw:{Environment.NewLine}{Show(rawRequest)}");
        }

        await RequestComparison.ThrowIfDifferentAsync(pair, sdkRequest, rawRequest);
        var sdkJson = JsonSerializer.Serialize(sdkResult, resultType);
        var rawJson = JsonSerializer.Serialize(rawResult, resultType);
        if (sdkJson != rawJson)
        {
            throw new InvalidOperationException($"{pair}: the SDK read {sdkJson}, the raw baseline {rawJson}.");
        }
    }

    /// <summary>
    /// The check of a peer row (Refit): it must send the raw baseline's request, field for field
    /// (<see cref="RequestComparison.ThrowIfDifferentFieldsAsync"/>), and read the same result.
    /// </summary>
    public static async Task ThrowIfPeerDiffersAsync<T>(
        string pair,
        byte[] answer,
        JsonTypeInfo<T> resultType,
        Func<RefitClients, Task<T>> peerCall,
        Func<RawOmnideskClient, Task<T>> rawCall)
    {
        var handler = new CapturingHandler(answer);
        using var peer = RefitClients.InMemory(handler);
        using var http = new HttpClient(handler, disposeHandler: false);
        var raw = new RawOmnideskClient(http, Sample.InMemoryAddress);

        var peerResult = await peerCall(peer);
        var peerRequest = handler.Last!;
        var rawResult = await rawCall(raw);
        var rawRequest = handler.Last!;

        if (Environment.GetEnvironmentVariable("OMNIDESK_BENCH_SHOW_REQUESTS") == "1")
        {
            Console.WriteLine($"// {pair}, Refit:{Environment.NewLine}{Show(peerRequest)}");
        }

        await RequestComparison.ThrowIfDifferentFieldsAsync(pair, peerRequest, rawRequest);
        var peerJson = JsonSerializer.Serialize(peerResult, resultType);
        var rawJson = JsonSerializer.Serialize(rawResult, resultType);
        if (peerJson != rawJson)
        {
            throw new InvalidOperationException($"{pair}: Refit read {peerJson}, the raw baseline {rawJson}.");
        }
    }

    /// <summary>The request as text (at most 2 KB of its body), for <c>OMNIDESK_BENCH_SHOW_REQUESTS=1</c>.</summary>
    private static string Show(CapturedRequest request) =>
        $"{request.Method} {request.Uri}{Environment.NewLine}{string.Join(Environment.NewLine, request.Headers)}{Environment.NewLine}" +
        $"Content-Type: {request.ContentType}; Content-Length: {request.ContentLength}{Environment.NewLine}{Environment.NewLine}" +
        System.Text.Encoding.UTF8.GetString(request.Body.AsSpan(0, Math.Min(request.Body.Length, 2048)));
}
