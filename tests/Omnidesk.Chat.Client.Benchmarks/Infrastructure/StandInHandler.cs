using System.Net;
using System.Net.Http.Headers;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// The network taken out: reads the request body fully (into a stream that discards it) and answers 200 with
/// fixed JSON bytes. The SDK and the raw baseline go through the same instance.
/// </summary>
internal sealed class StandInHandler(byte[] responseBody) : HttpMessageHandler
{
    private readonly DrainStream _drain = new();

    /// <summary>The bytes of every request body read so far (a check that bodies were really sent).</summary>
    public long BodyBytesRead => _drain.BytesWritten;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            await content.CopyToAsync(_drain, cancellationToken);
        }

        var body = new ByteArrayContent(responseBody);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = body, RequestMessage = request };
    }
}
