using System.Net;
using System.Net.Http.Headers;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>A stand-in handler that keeps the last request it answered, for the pairs' same-request checks.</summary>
internal sealed class CapturingHandler(byte[] responseBody) : HttpMessageHandler
{
    public CapturedRequest? Last { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = request.Content;
        var body = content is null ? [] : await content.ReadAsByteArrayAsync(cancellationToken);
        Last = new CapturedRequest(
            request.Method,
            request.RequestUri!,
            [.. request.Headers.Select(header => $"{header.Key}: {string.Join(", ", header.Value)}").Order(StringComparer.Ordinal)],
            content?.Headers.ContentType,
            content?.Headers.ContentLength,
            body);

        var answer = new ByteArrayContent(responseBody);
        answer.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = answer, RequestMessage = request };
    }
}
