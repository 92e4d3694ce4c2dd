using System.Net;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Recording;

[Parallelizable(ParallelScope.All)]
public sealed class RecordingTests
{
    [Test]
    public async Task Requests_MultipartWithFile_RecordsEveryPartExactly()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer);
        using var http = Wire.Client(emulator);
        using var request = ValidRequests.AddAttachment([0, 1, 2, 255]);
        request.Headers.Add("X-Trace", "trace-1");

        using var response = await http.SendAsync(request);

        var recorded = emulator.Requests.Single();
        Assert.That(recorded.Endpoint, Is.EqualTo(EmulatorEndpoint.AddAttachment));
        Assert.That(recorded.Method, Is.EqualTo("POST"));
        Assert.That(recorded.Path, Is.EqualTo("/api/v2/chat/addAttachment"));
        Assert.That(
            recorded.QueryString,
            Is.EqualTo($"?chatServer=http%3A%2F%2F127.0.0.1%3A9%2Fhooks&chatSessionID={Wire.SessionId}&chatAccountToken={ValidRequests.Token}"));
        Assert.That(recorded.Query["chatServer"], Is.EqualTo(new[] { Wire.ChatServer }));
        Assert.That(recorded.Headers["x-trace"], Is.EqualTo("trace-1"));
        Assert.That(recorded.Headers["APIKEY"], Is.EqualTo(emulator.Options.ApiKey));
        Assert.That(recorded.ContentType, Does.StartWith("multipart/form-data; boundary="));
        Assert.That(recorded.FormFields, Is.Empty);
        var file = recorded.Files.Single();
        Assert.That((file.Name, file.FileName, file.ContentType), Is.EqualTo(("file", "photo.png", "image/png")));
        Assert.That(file.Content.ToArray(), Is.EqualTo(new byte[] { 0, 1, 2, 255 }));
        Assert.That(recorded.JsonBody, Is.Null);
        Assert.That(recorded.ResponseStatus, Is.EqualTo(200));
        Assert.That(recorded.Fault, Is.Null);
    }

    [Test]
    public async Task Requests_FormFields_KeepOrderAndNamesAsSent()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        KeyValuePair<string, string>[] fields =
        [
            new("message", "Hello & welcome"),
            new("chatSessionID", "s-1"),
            new("chatServer", Wire.ChatServer),
            new("chatAccountToken", ValidRequests.Token),
        ];

        using var response = await http.SendAsync(Wire.V2(
            HttpMethod.Post, "api/v2/chat/notifyUserNewChatMessage", new FormUrlEncodedContent(fields)));

        var recorded = emulator.Requests.Single();
        Assert.That(recorded.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
        Assert.That(recorded.FormFields, Is.EqualTo(fields));
        Assert.That(recorded.Form["message"], Is.EqualTo("Hello & welcome"));
        Assert.That(recorded.Form.ContainsKey("chatsessionid"), Is.False, "form names are case-sensitive");
    }

    [Test]
    public async Task Requests_JsonAndRefusedRequests_AreRecordedWithTheirStatus()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        const string json = """{"channelId":null,"ownerId":"not-a-uuid","title":null}""";

        using var refused = await http.SendAsync(Wire.V1(HttpMethod.Post, "api/v1/chats?x=1&x=2", Wire.Json(json)));
        using var unknown = await http.GetAsync("api/v3/nothing");

        var recorded = emulator.Requests;
        Assert.That(recorded, Has.Count.EqualTo(2));
        Assert.That(recorded[0].JsonBody, Is.EqualTo(json));
        Assert.That(recorded[0].Query["x"], Is.EqualTo(new[] { "1", "2" }));
        Assert.That(recorded[0].ResponseStatus, Is.EqualTo(400));
        Assert.That(recorded[0].Headers["authorization"], Is.EqualTo(emulator.Options.ChatsApiKey));
        Assert.That((recorded[1].Endpoint, recorded[1].ResponseStatus, recorded[1].Path), Is.EqualTo(((EmulatorEndpoint?)null, 404, "/api/v3/nothing")));
        Assert.That(recorded[1].ToString(), Is.EqualTo("GET /api/v3/nothing -> 404"));
    }

    [Test]
    public async Task Requests_SequentialCalls_AreInArrivalOrder_AndClearRequestsForgetsThem()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        for (var i = 1; i <= 5; i++)
        {
            using var response = await http.SendAsync(Wire.V1(HttpMethod.Get, $"api/v1/chats?pageNumber={i}"));
        }

        Assert.That(emulator.Requests.Select(r => r.QueryString), Is.EqualTo(Enumerable.Range(1, 5).Select(i => $"?pageNumber={i}")));

        emulator.ClearRequests();

        Assert.That(emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task Requests_ParallelCalls_AreAllRecorded()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        var responses = await Task.WhenAll(Enumerable.Range(1, 40).Select(i =>
            http.SendAsync(Wire.V1(HttpMethod.Get, $"api/v1/chats?pageNumber={i}"))));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(
            emulator.Requests.Select(r => r.QueryString),
            Is.EquivalentTo(Enumerable.Range(1, 40).Select(i => $"?pageNumber={i}")));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
