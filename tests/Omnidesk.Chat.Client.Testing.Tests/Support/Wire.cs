using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Omnidesk.Chat.Client.Testing.Tests.Support;

/// <summary>Builds the raw HTTP requests the tests send to the emulator with a plain HttpClient.</summary>
internal static class Wire
{
    public const string ChatServer = "http://127.0.0.1:9/hooks";
    public const string SessionId = "session-1";

    public static HttpClient Client(OmnideskEmulator emulator) => new() { BaseAddress = emulator.BaseAddress };

    public static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }

    public static ByteArrayContent File(byte[] bytes, string contentType = "image/png")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A request with the emulator's default v2 API key header.</summary>
    public static HttpRequestMessage V2(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("apiKey", new OmnideskEmulatorOptions().ApiKey);
        return request;
    }

    /// <summary>A request with the emulator's default v1 authorization header.</summary>
    public static HttpRequestMessage V1(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("authorization", new OmnideskEmulatorOptions().ChatsApiKey);
        return request;
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<(int Status, string Message)> ErrorOf(HttpResponseMessage response)
    {
        var json = await JsonOf(response);
        Assert.That(json.GetProperty("status").GetString(), Is.EqualTo("error"));
        return ((int)response.StatusCode, json.GetProperty("message").GetString()!);
    }
}
