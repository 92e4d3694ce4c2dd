using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.TestSupport;
using Omnidesk.Chat.Client.Tests.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests;

/// <summary>
/// Bodies that break at the byte level, below the fields: each is the sender's fault or the sender's leaving,
/// never a handler failure; the handler is not called where the break is found before it.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class HookpointBrokenBodyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [TestCase("{\"sessionID\":\"\\ud800\"}", TestName = "EndSession_JsonWithAnUnpairedSurrogateEscape_Answers400AndHandlerIsNotCalled")]
    [TestCase("{\"sessionID\":\"s1\",\"note\\udc00\":1}", TestName = "EndSession_JsonWithAnUnpairedSurrogateInAnUnknownName_Answers400")]
    [TestCase("{\"sessionID\":\"s1\",\"note\":\"\\udfff\\ud800\"}", TestName = "EndSession_JsonWithReversedSurrogatesInAnUnknownField_Answers400")]
    public async Task EndSession_JsonWithInvalidUtf16_Answers400AndHandlerIsNotCalled(string json)
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync("endSession", new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertRefusedAsync(server, response, HttpStatusCode.BadRequest, "the JSON body holds text that is not valid UTF-8 or UTF-16");
    }

    [Test]
    public async Task EndSession_JsonWithInvalidUtf8Bytes_Answers400AndHandlerIsNotCalled()
    {
        await using var server = await HookpointTestServer.StartAsync();
        var content = new ByteArrayContent([.. "{\"sessionID\":\"s1\",\"note\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await server.PostAsync("endSession", content);

        await AssertRefusedAsync(server, response, HttpStatusCode.BadRequest, "the JSON body holds text that is not valid UTF-8 or UTF-16");
    }

    [Test]
    public async Task MessageForCustomer_ChunkSizeThatOverflows_Answers400AndHandlerIsNotCalled()
    {
        await using var server = await HookpointTestServer.StartAsync();
        await using var connection = await RawHttpConnection.OpenAsync(server.BaseAddress);

        await connection.SendAsync(RawHttpConnection.PostHead(
            server.PathOf("messageForCustomer"), "application/x-www-form-urlencoded", "Transfer-Encoding: chunked")
            + "FFFFFFFFFFFFFFFFFFFF\r\nsessionID=s1\r\n0\r\n\r\n");

        Assert.That(await connection.ReadStatusLineAsync(Patience), Does.StartWith("HTTP/1.1 400"));
        await AssertNotTheHandlersFaultAsync(server);
    }

    [Test]
    public async Task MessageForCustomer_SenderResetsTheConnectionMidBody_IsLoggedAsAbortedNotAsAnError()
    {
        await using var server = await HookpointTestServer.StartAsync();
        var connection = await RawHttpConnection.OpenAsync(server.BaseAddress);

        await connection.SendAsync(RawHttpConnection.PostHead(
            server.PathOf("messageForCustomer"), "application/x-www-form-urlencoded", "Content-Length: 10000") + "sessionID=s1&message=");
        await WaitForAsync(() => server.Logs.GetSnapshot().Any(r => r.Message.StartsWith("Request starting", StringComparison.Ordinal)));
        connection.Reset();

        await WaitForAsync(() => server.HookpointLogs.Any(r => r.Message == "Hookpoint MessageForCustomer: the sender disconnected before the answer."),
            () => string.Join("\n", server.Logs.GetSnapshot().Select(r => $"{r.Level} {r.Category}: {r.Message} {r.Exception?.GetType()}")));
        var record = server.HookpointLogs.Single(r => r.Message.Contains("disconnected", StringComparison.Ordinal));
        Assert.That(record.Level, Is.EqualTo(LogLevel.Debug));
        await AssertNotTheHandlersFaultAsync(server);
    }

    [Test]
    public async Task MessageForCustomer_BodySlowerThanKestrelsMinimumDataRate_IsRefusedWithoutTheHandlerOrAnError()
    {
        await using var server = await HookpointTestServer.StartAsync(
            services => services.AddOmnideskHookpoints<RecordingHookpointHandler>(options => options.Token = HookpointTestServer.Token),
            configureBuilder: builder => builder.WebHost.ConfigureKestrel(kestrel =>
                kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 500, gracePeriod: TimeSpan.FromSeconds(2))));
        await using var connection = await RawHttpConnection.OpenAsync(server.BaseAddress);

        await connection.SendAsync(RawHttpConnection.PostHead(
            server.PathOf("messageForCustomer"), "application/x-www-form-urlencoded", "Content-Length: 5000") + "sessionID=s1&message=");

        var status = await connection.ReadStatusLineAsync(Patience);
        Assert.That(status, Is.Null.Or.StartWith("HTTP/1.1 408"), "Kestrel times the body out; the answer, if any, is 408");
        await WaitForAsync(() => server.HookpointLogs.Any(r => r.Message.Contains("408", StringComparison.Ordinal) || r.Message.Contains("disconnected", StringComparison.Ordinal)));
        await AssertNotTheHandlersFaultAsync(server);
    }

    [Test]
    public async Task Upload_StreamedFileWhoseBodyEndsBeforeTheClosingBoundary_HandlerSeesAMalformedBodyAndTheAnswerIs400()
    {
        HookpointBodyException? seen = null;
        await using var server = await HookpointTestServer.StartAsync(onEvent: async (hookpointEvent, ct) =>
        {
            try
            {
                await ((AgentFileEvent)hookpointEvent).Content.CopyToAsync(Stream.Null, ct);
            }
            catch (HookpointBodyException exception)
            {
                seen = exception;
            }
        });
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "big.bin", new byte[200_000]).Build(close: false);
        var content = new ByteArrayContent(body[..150_000]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(new MultipartBodyBuilder().ContentType);

        using var response = await server.PostAsync("uploadForCustomer", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the handler swallowed the failure; the answer still blames the body");
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("The multipart body is malformed: the body ended before the closing boundary"));
        Assert.That(seen?.Outcome, Is.EqualTo(HookpointParseOutcome.MalformedBody));
    }

    [Test]
    public async Task Upload_SmallBodyEndingBeforeTheClosingBoundary_Answers400AndHandlerIsNotCalled()
    {
        await using var server = await HookpointTestServer.StartAsync();
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "small.bin", new byte[20_000]).Build(close: false);
        var content = new ByteArrayContent(body[..15_000]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(new MultipartBodyBuilder().ContentType);

        using var response = await server.PostAsync("uploadForCustomer", content);

        await AssertRefusedAsync(server, response, HttpStatusCode.BadRequest, "the multipart body is malformed: the body ended before the closing boundary");
    }

    [Test]
    public async Task Upload_SynchronousReadOfAStreamedFile_ThrowsNotSupportedNamingTheAsyncMethod()
    {
        Exception? seen = null;
        await using var server = await HookpointTestServer.StartAsync(onEvent: (hookpointEvent, _) =>
        {
            seen = Assert.Catch(() => ((AgentFileEvent)hookpointEvent).Content.ReadExactly(new byte[10]));
            return ValueTask.CompletedTask;
        });
        var body = new MultipartBodyBuilder().Field("sessionID", "s1").File("file", "big.bin", new byte[200_000]);
        var content = new ByteArrayContent(body.Build());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);

        using var response = await server.PostAsync("uploadForCustomer", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(seen, Is.TypeOf<NotSupportedException>());
        Assert.That(seen!.Message, Does.Contain("use ReadAsync or CopyToAsync"));
    }

    private static async Task AssertRefusedAsync(HookpointTestServer server, HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(reason));
        await AssertNotTheHandlersFaultAsync(server);
    }

    private static async Task AssertNotTheHandlersFaultAsync(HookpointTestServer server)
    {
        await Task.Delay(100);
        Assert.That(server.Recorder.HandlerCalls, Is.Zero, "the handler is not called");
        Assert.That(server.Logs.GetSnapshot().Where(record => record.Level >= LogLevel.Error), Is.Empty);
        Assert.That(server.HookpointLogs.Select(record => record.Message), Has.None.Contains("handler failed"));
    }

    private static Task WaitForAsync(Func<bool> condition, Func<string>? describe = null) => Poll.UntilAsync(condition, Patience, describe);
}
