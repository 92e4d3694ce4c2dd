using System.Net;
using System.Net.Http.Headers;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests;

/// <summary>Each event, in each encoding, reaches the handler with exact values and gets the documented answer.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class HookpointEventsTests
{
    private const string Message = "Goedemiddag! Uw bestelling #123 & \"retour\" + 100% ✓\nTot ziens";

    [TestCase(BodyEncoding.FormUrlEncoded)]
    [TestCase(BodyEncoding.Multipart)]
    [TestCase(BodyEncoding.Json)]
    public async Task MessageForCustomer_EachEncoding_HandlerGetsExactMessageAndAnswerIsOk(BodyEncoding encoding)
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync("messageForCustomer", HookpointBodies.Create(encoding,
            ("picture", "https://cdn.example.com/agents/anna.png"), ("name", "Anna de Vries"), ("message", Message), ("sessionID", "sess-1001")));

        await AssertOkAsync(response, "text/plain", "ok");
        Assert.That(server.Recorder.Received.Single().Event,
            Is.EqualTo(new AgentMessageEvent("sess-1001", "Anna de Vries", Message, "https://cdn.example.com/agents/anna.png")));
    }

    [TestCase(BodyEncoding.FormUrlEncoded, "true", true)]
    [TestCase(BodyEncoding.FormUrlEncoded, "0", false)]
    [TestCase(BodyEncoding.Multipart, "1", true)]
    [TestCase(BodyEncoding.Multipart, "FALSE", false)]
    [TestCase(BodyEncoding.Json, true, true)]
    [TestCase(BodyEncoding.Json, false, false)]
    public async Task TypingIndicatorForCustomer_EachEncoding_HandlerGetsTypingState(BodyEncoding encoding, object typing, bool expected)
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync("typingIndicatorForCustomer",
            HookpointBodies.Create(encoding, ("Typing", typing), ("SessionID", "sess-1002")));

        await AssertOkAsync(response, "text/plain", "ok");
        Assert.That(server.Recorder.Received.Single().Event, Is.EqualTo(new AgentTypingEvent("sess-1002", expected)));
    }

    [TestCase(BodyEncoding.FormUrlEncoded)]
    [TestCase(BodyEncoding.Multipart)]
    [TestCase(BodyEncoding.Json)]
    public async Task EndSession_EachEncoding_HandlerGetsSessionAndAnswerIsJsonOk(BodyEncoding encoding)
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync("endSession", HookpointBodies.Create(encoding, ("sessionID", "sess-1003")));

        await AssertOkAsync(response, "application/json", """{"message":"ok"}""");
        Assert.That(server.Recorder.Received.Single().Event, Is.EqualTo(new SessionEndedEvent("sess-1003")));
    }

    [Test]
    public async Task UploadForCustomer_Multipart_HandlerGetsFileBytesNameAndType()
    {
        await using var server = await HookpointTestServer.StartAsync();
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)(i % 253)).ToArray();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var body = new MultipartFormDataContent { { new StringContent("sess-1004"), "sessionID" }, { file, "file", "offerte 2026.pdf" } };

        using var response = await server.PostAsync("uploadForCustomer", body);

        await AssertOkAsync(response, "text/plain", "ok");
        var received = server.Recorder.Received.Single();
        var agentFile = (AgentFileEvent)received.Event;
        Assert.That((agentFile.SessionId, agentFile.FileName, agentFile.ContentType), Is.EqualTo(("sess-1004", "offerte 2026.pdf", "application/pdf")));
        Assert.That(received.FileBytes, Is.EqualTo(bytes));
    }

    [Test]
    public async Task UploadForCustomer_FileBeforeSessionId_HandlerGetsTheFileAndItsLength()
    {
        // The order the documents list (file, sessionID): the file is held in a temporary file until the session is known.
        AgentFileEvent? agentFile = null;
        string? heldIn = null;
        byte[]? read = null;
        await using var server = await HookpointTestServer.StartAsync(onEvent: async (hookpointEvent, ct) =>
        {
            agentFile = (AgentFileEvent)hookpointEvent;
            heldIn = ((FileStream)agentFile.Content).Name;
            using var copy = new MemoryStream();
            await agentFile.Content.CopyToAsync(copy, ct);
            read = copy.ToArray();
        });
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i % 249)).ToArray();
        using var body = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "scan.png" }, { new StringContent("sess-1007"), "sessionID" } };

        using var response = await server.PostAsync("uploadForCustomer", body);

        await AssertOkAsync(response, "text/plain", "ok");
        Assert.That((agentFile!.SessionId, agentFile.FileName, agentFile.Length), Is.EqualTo(("sess-1007", "scan.png", (long?)bytes.Length)));
        Assert.That(read, Is.EqualTo(bytes));
        Assert.That(File.Exists(heldIn), Is.False, "the temporary file is gone once the request is answered");
    }

    [TestCase(BodyEncoding.FormUrlEncoded)]
    [TestCase(BodyEncoding.Json)]
    public async Task UploadForCustomer_NotMultipart_Answers415AndHandlerIsNotCalled(BodyEncoding encoding)
    {
        // A file can only travel as a multipart part: the other two encodings cannot carry one.
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync("uploadForCustomer",
            HookpointBodies.Create(encoding, ("sessionID", "sess-1005"), ("file", "aGVsbG8=")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("uploadForCustomer must be multipart/form-data"));
        Assert.That(server.Recorder.HandlerCalls, Is.Zero);
    }

    [Test]
    public async Task MessageForCustomer_FieldNamesInOtherCase_AreMatched()
    {
        await using var server = await HookpointTestServer.StartAsync();

        using var response = await server.PostAsync("messageForCustomer",
            HookpointBodies.Create(BodyEncoding.Json, ("SessionId", "sess-1006"), ("MESSAGE", "hi"), ("Name", "Bo")));

        await AssertOkAsync(response, "text/plain", "ok");
        Assert.That(server.Recorder.Received.Single().Event, Is.EqualTo(new AgentMessageEvent("sess-1006", "Bo", "hi", null)));
    }

    [Test]
    public async Task Answer_IsSentOnlyAfterTheHandlerReturned()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await HookpointTestServer.StartAsync(onEvent: async (_, ct) => await release.Task.WaitAsync(ct));

        var posting = server.PostAsync("endSession", HookpointBodies.Create(BodyEncoding.FormUrlEncoded, ("sessionID", "s1")));
        await Task.Delay(300);
        Assert.That(posting.IsCompleted, Is.False, "no answer while the handler runs");

        release.SetResult();
        using var response = await posting;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task AssertOkAsync(HttpResponseMessage response, string mediaType, string body)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(body));
    }
}
