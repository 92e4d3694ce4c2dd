using System.Net;
using System.Text;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Validation;

/// <summary>Bad bodies get a 4xx with the error JSON, and the emulator keeps serving.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class GarbageInputTests
{
    [Test]
    public async Task V2Post_WrongContentType_Answers415()
    {
        await AssertRefusedAsync(
            Wire.V2(HttpMethod.Post, "api/v2/chat/notifyUserNewChatMessage", new StringContent("chatServer=x", Encoding.UTF8, "text/plain")),
            415,
            "Content-Type must be multipart/form-data or application/x-www-form-urlencoded.");
    }

    [Test]
    public async Task V2Post_JsonBody_Answers415()
    {
        await AssertRefusedAsync(
            Wire.V2(HttpMethod.Post, "api/v2/chat/requestChatQueue", Wire.Json("""{"chatAccountToken":"emulatorAccountToken01"}""")),
            415,
            "Content-Type must be multipart/form-data or application/x-www-form-urlencoded.");
    }

    [Test]
    public async Task V1Post_FormBody_Answers415()
    {
        await AssertRefusedAsync(
            Wire.V1(HttpMethod.Post, "api/v1/chats", new FormUrlEncodedContent([KeyValuePair.Create("ownerId", "x")])),
            415,
            "Content-Type must be application/json.");
    }

    [Test]
    public async Task V2Post_TruncatedMultipart_Answers400()
    {
        const string body = "--XYZ\r\nContent-Disposition: form-data; name=\"chatAccountToken\"\r\n\r\nemulatorAccountTok";
        var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=XYZ");

        await AssertRefusedAsync(
            Wire.V2(HttpMethod.Post, "api/v2/chat/requestChatQueue", content), 400, "body: is not a well-formed form or JSON body");
    }

    [Test]
    public async Task V2Post_MultipartWithoutBoundary_Answers400()
    {
        var content = new StringContent("garbage");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data");

        await AssertRefusedAsync(
            Wire.V2(HttpMethod.Post, "api/v2/chat/requestChatQueue", content), 400, "body: is not a well-formed form or JSON body");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task V2Post_HugeField_Answers413(bool multipart)
    {
        var huge = KeyValuePair.Create("message", new string('a', 2 * 1024 * 1024));
        HttpContent content = multipart ? Wire.Multipart([huge]) : new FormUrlEncodedContent([huge]);

        var (status, message) = await SendAsync(Wire.V2(HttpMethod.Post, "api/v2/chat/notifyUserNewChatMessage", content));

        Assert.That(status, Is.EqualTo(413), message);
        Assert.That(message, Is.EqualTo("body: must be at most 10485760 bytes with form values of at most 1048576 characters"));
    }

    [Test]
    public async Task Post_BodyOverTheSizeLimit_Answers413()
    {
        var options = new OmnideskEmulatorOptions { MaxRequestBodySize = 64 * 1024 };
        var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[200 * 1024]), "file", "big.bin" } };

        using var request = ValidRequests.AddAttachment([]);
        request.Content = content;

        var (status, _) = await SendAsync(request, options);

        Assert.That(status, Is.EqualTo(413));
    }

    [Test]
    public async Task V1Patch_InvalidUtf8Json_Answers400()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var chat = emulator.State.SeedChats(1)[0];
        var content = new ByteArrayContent([0x7b, 0xff, 0xfe, 0x7d]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var (status, message) = await SendAsync(emulator, Wire.V1(HttpMethod.Patch, $"api/v1/chats/{chat.Id}", content));

        Assert.That((status, message), Is.EqualTo((400, "body: must be a JSON object")));
    }

    [TestCase("PUT", "api/v1/chats", 405)]
    [TestCase("GET", "api/v2/chat/notifyUserNewChatMessage", 405)]
    [TestCase("POST", "api/v2/chat/whitelistedDomainsAndBlacklistedIPs", 405)]
    [TestCase("GET", "api/v1/chats/a/b/c", 404)]
    [TestCase("GET", "favicon.ico", 404)]
    public async Task UnknownRouteOrMethod_Answers4xxWithErrorJson(string method, string path, int expected)
    {
        var (status, _) = await SendAsync(Wire.V2(new HttpMethod(method), path));

        Assert.That(status, Is.EqualTo(expected));
    }

    private static async Task AssertRefusedAsync(HttpRequestMessage request, int expectedStatus, string expectedMessage)
    {
        Assert.That(await SendAsync(request), Is.EqualTo((expectedStatus, expectedMessage)));
    }

    private static async Task<(int Status, string Message)> SendAsync(HttpRequestMessage request, OmnideskEmulatorOptions? options = null)
    {
        await using var emulator = await OmnideskEmulator.StartAsync(options);
        return await SendAsync(emulator, request);
    }

    private static async Task<(int Status, string Message)> SendAsync(OmnideskEmulator emulator, HttpRequestMessage request)
    {
        using var http = Wire.Client(emulator);
        using var response = await http.SendAsync(request);
        var error = await Wire.ErrorOf(response);

        using var stillServing = await http.SendAsync(Wire.V1(HttpMethod.Get, "api/v1/chats"));
        Assert.That(stillServing.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the emulator keeps serving after bad input");
        Assert.That(emulator.Requests[0].ResponseStatus, Is.EqualTo(error.Status));
        return error;
    }
}
