using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Omnidesk.Chat.Client.Benchmarks.Raw;

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

        await RequestComparison.ThrowIfDifferentAsync(pair, sdkRequest, rawRequest);
        var sdkJson = JsonSerializer.Serialize(sdkResult, resultType);
        var rawJson = JsonSerializer.Serialize(rawResult, resultType);
        if (sdkJson != rawJson)
        {
            throw new InvalidOperationException($"{pair}: the SDK read {sdkJson}, the raw baseline {rawJson}.");
        }
    }
}
