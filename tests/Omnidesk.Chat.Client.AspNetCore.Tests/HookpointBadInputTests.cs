using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests;

/// <summary>Every bad input gets its status and a one-line reason; the handler is never called for it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class HookpointBadInputTests
{
    [TestCase("messageForCustomer", "sessionID=s1", "field 'message' is missing")]
    [TestCase("messageForCustomer", "message=hi", "field 'sessionID' is missing")]
    [TestCase("typingIndicatorForCustomer", "SessionID=s1&Typing=maybe", "field 'Typing' must be true, false, 1 or 0")]
    [TestCase("endSession", "sessionID=", "field 'sessionID' is empty")]
    [TestCase("endSession", "sessionID=a&sessionID=b", "field 'sessionID' appears more than once")]
    public async Task BadField_Answers400WithReasonAndHandlerIsNotCalled(string hookpoint, string body, string reason)
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync(hookpoint, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));

        await AssertRefusedAsync(server, response, HttpStatusCode.BadRequest, reason);
    }

    [Test]
    public async Task MalformedJson_Answers400AndHandlerIsNotCalled()
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync("endSession", new StringContent("{\"sessionID\":", Encoding.UTF8, "application/json"));

        await AssertRefusedAsync(server, response, HttpStatusCode.BadRequest, "the JSON body is malformed");
    }

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    public async Task WrongContentType_Answers415AndHandlerIsNotCalled(string mediaType)
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync("endSession", new StringContent("sessionID=s1", Encoding.UTF8, mediaType));

        await AssertRefusedAsync(server, response, HttpStatusCode.UnsupportedMediaType,
            "the content type must be application/x-www-form-urlencoded, multipart/form-data or application/json");
    }

    [Test]
    public async Task TextBodyOver64KiB_Answers413AndHandlerIsNotCalled()
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync("messageForCustomer", HookpointBodies.Create(BodyEncoding.FormUrlEncoded,
            ("sessionID", "s1"), ("message", new string('a', 65 * 1024))));

        await AssertRefusedAsync(server, response, HttpStatusCode.RequestEntityTooLarge, "the body is larger than 65536 bytes");
    }

    [Test]
    public async Task TextBodyOver64KiB_WithoutContentLength_Answers413AndHandlerIsNotCalled()
    {
        await using var server = await HookpointTestServer.StartAsync();
        var body = Encoding.UTF8.GetBytes("sessionID=s1&message=" + new string('a', 65 * 1024));

        using var response = await server.PostAsync("messageForCustomer", new UnknownLengthContent(body, "application/x-www-form-urlencoded"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(server.Recorder.HandlerCalls, Is.Zero);
    }

    [Test]
    public async Task FileOverMaxFileSize_DeclaredLength_Answers413AndHandlerIsNotCalled()
    {
        await using var server = await HookpointTestServer.StartAsync(options => options.MaxFileSize = 100_000);
        using var body = new MultipartFormDataContent { { new StringContent("s1"), "sessionID" }, { new ByteArrayContent(new byte[200_000]), "file", "big.bin" } };

        using var response = await server.PostAsync("uploadForCustomer", body);

        await AssertRefusedAsync(server, response, HttpStatusCode.RequestEntityTooLarge, "the body is larger than 165536 bytes (a 100000-byte file and 65536 bytes for the rest)");
    }

    [Test]
    public async Task FileOverMaxFileSize_Chunked_Answers413WhenTheHandlerReadsPastTheLimit()
    {
        Exception? seenByHandler = null;
        await using var server = await HookpointTestServer.StartAsync(
            options => options.MaxFileSize = 100_000,
            async (hookpointEvent, ct) =>
            {
                try
                {
                    await ((AgentFileEvent)hookpointEvent).Content.CopyToAsync(Stream.Null, ct);
                }
                catch (Exception exception)
                {
                    seenByHandler = exception;
                    throw new InvalidOperationException("could not store the file", exception);
                }
            });
        using var body = new MultipartFormDataContent
        {
            { new StringContent("s1"), "sessionID" },
            { new UnknownLengthContent(new byte[150_000], "application/octet-stream"), "file", "big.bin" },
        };

        using var response = await server.PostAsync("uploadForCustomer", new UnknownLengthContent(await body.ReadAsByteArrayAsync(), body.Headers.ContentType!.ToString()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("The file is larger than 100000 bytes"));
        Assert.That(seenByHandler, Is.TypeOf<HookpointBodyException>());
        Assert.That(server.Logs.GetSnapshot().Where(entry => entry.Level >= LogLevel.Error), Is.Empty);
    }

    [Test]
    public async Task HandlerThrows_Answers500AndLogsTheKindWithoutTheToken()
    {
        await using var server = await HookpointTestServer.StartAsync(
            onEvent: (_, _) => throw new InvalidOperationException("database down"));

        using var response = await server.PostAsync("messageForCustomer",
            HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1"), ("message", "hi")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        var error = server.HookpointLogs.Single(entry => entry.Level == LogLevel.Error);
        Assert.That(error.Message, Is.EqualTo("Hookpoint MessageForCustomer: the handler failed; answered 500."));
        Assert.That(error.Exception?.Message, Is.EqualTo("database down"));
        Assert.That(error.ToString(), Does.Not.Contain(HookpointTestServer.Token));
    }

    private static async Task AssertRefusedAsync(HookpointTestServer server, HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(reason));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(server.Recorder.HandlerCalls, Is.Zero);
    }

    /// <summary>Bytes sent without a Content-Length (chunked), as a streaming sender does.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLengthContent(byte[] bytes, string contentType)
        {
            _bytes = bytes;
            Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
