using System.Net.Http.Headers;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>A request as it reached the handler: method, address, headers and the whole body.</summary>
internal sealed record CapturedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyList<string> Headers,
    MediaTypeHeaderValue? ContentType,
    long? ContentLength,
    byte[] Body);
