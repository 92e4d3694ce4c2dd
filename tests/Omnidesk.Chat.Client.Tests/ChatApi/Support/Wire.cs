using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.ChatApi.Support;

/// <summary>Assertions on a request as the emulator received it.</summary>
internal static class Wire
{
    public const string ApiKey = "emulator-api-key-0001";
    public const string AccountToken = "emulatorAccountToken01";

    /// <summary>A v2 form POST: path, no query, the <c>apiKey</c> header, a multipart body with exactly these fields in this order.</summary>
    public static void IsFormPost(RecordedRequest request, string path, params (string Name, string Value)[] fields)
    {
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo(path));
            Assert.That(request.QueryString, Is.Empty);
            Assert.That(request.Headers["apiKey"], Is.EqualTo(ApiKey));
            Assert.That(request.ContentType, Does.Match("^multipart/form-data; boundary=[0-9a-f]{32}$"));
            Assert.That(request.FormFields, Is.EqualTo(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
            Assert.That(request.Files, Is.Empty);
        });
    }
}
