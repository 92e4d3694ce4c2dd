using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.WebSample.Chat;
using Omnidesk.Chat.WebSample.Hosting;

namespace Omnidesk.Chat.Client.BrowserTests.WebSample;

/// <summary>
/// The customer's file, as the page posts it (the body, its name in <c>X-File-Name</c>), when it cannot go: what the
/// endpoint answers, the line the page shows, and that nothing reached Omnidesk. These need no browser.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class WebSampleFileTests
{
    [Test]
    public async Task File_BeforeTheHandover_IsNotSentAndThePageSaysWhy()
    {
        await using var chat = await SampleChat.StartAsync(handedOver: false);
        var (sample, http, sessionId) = (chat.Sample, chat.Http, chat.SessionId);

        using var answer = await http.SendAsync(FilePost(sessionId, "photo.png", new byte[100]));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("Files can be sent once you are talking to our team."));
        Assert.That(LastLine(sample, sessionId), Is.EqualTo(("notice", "Files can be sent once you are talking to our team.")));
        Assert.That(sample.Emulator!.Requests, Is.Empty);
    }

    [Test]
    public async Task File_NamedWithAWindowsPath_ReachesTheAgentUnderItsOwnNameOnly()
    {
        await using var chat = await SampleChat.StartAsync(handedOver: true);
        var (sample, http, sessionId) = (chat.Sample, chat.Http, chat.SessionId);

        using var answer = await http.SendAsync(FilePost(sessionId, @"C:\Users\zoe\..\Pictures\box.png", [1, 2, 3]));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var sent = sample.Emulator!.State.Sessions.Single().Attachments.Single();
        Assert.That((sent.FileName, sent.Content.ToArray()), Is.EqualTo(("box.png", new byte[] { 1, 2, 3 })));
        Assert.That(LastLine(sample, sessionId), Is.EqualTo(("customer-file", (string?)null)));
    }

    [Test]
    public async Task File_LargerThanTenMegabytes_Answers413AndThePageSaysTheLimit()
    {
        await using var chat = await SampleChat.StartAsync(handedOver: true);
        var (sample, http, sessionId) = (chat.Sample, chat.Http, chat.SessionId);
        var requestsAfterHandover = sample.Emulator!.Requests.Count;

        HttpStatusCode? status = null;
        try
        {
            using var answer = await http.SendAsync(FilePost(sessionId, "video.mp4", new byte[CustomerChat.MaxFileBytes + 1]));
            status = answer.StatusCode;
        }
        catch (HttpRequestException)
        {
            // Kestrel answers 413 and closes the connection while the rest of the upload is still coming, as a browser sees it too.
        }

        Assert.That(status, Is.Null.Or.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(() => LastLine(sample, sessionId), Is.EqualTo(("notice", CustomerChat.TooLarge)).After(5000, 50), "the page says why");
        Assert.That(sample.Emulator.Requests, Has.Count.EqualTo(requestsAfterHandover), "nothing more reached Omnidesk");
    }

    [Test]
    public async Task File_WithoutItsName_Answers400()
    {
        await using var chat = await SampleChat.StartAsync(handedOver: false);
        var (sample, http, sessionId) = (chat.Sample, chat.Http, chat.SessionId);
        using var post = FilePost(sessionId, "photo.png", new byte[10]);
        post.Headers.Remove("X-File-Name");

        using var answer = await http.SendAsync(post);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("X-File-Name"));
    }


    private static HttpRequestMessage FilePost(string sessionId, string fileName, byte[] content)
    {
        var post = new HttpRequestMessage(HttpMethod.Post, $"api/chat/{sessionId}/files") { Content = new ByteArrayContent(content) };
        post.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        post.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        return post;
    }

    private static (string Kind, string? Text) LastLine(WebSampleHost sample, string sessionId)
    {
        var line = sample.Services.GetRequiredService<ChatSessions>().Find(sessionId)!.LinesAfter(0)[^1];
        return (line.Kind, line.Text);
    }

    private sealed record Created(string SessionId);

    /// <summary>The web sample on its embedded emulator with one customer chat open, handed over to a person or not.</summary>
    private sealed class SampleChat : IAsyncDisposable
    {
        private SampleChat(WebSampleHost sample, HttpClient http, string sessionId)
        {
            Sample = sample;
            Http = http;
            SessionId = sessionId;
        }

        public WebSampleHost Sample { get; }

        public HttpClient Http { get; }

        public string SessionId { get; }

        public static async Task<SampleChat> StartAsync(bool handedOver)
        {
            var sample = await WebSampleHost.StartAsync([], TextWriter.Null);
            var http = new HttpClient { BaseAddress = sample.CustomerPage };
            using var created = await http.PostAsJsonAsync("api/chat", new { });
            var sessionId = (await created.Content.ReadFromJsonAsync<Created>())!.SessionId;
            if (handedOver)
            {
                using var handover = await http.PostAsJsonAsync($"api/chat/{sessionId}/handover", new { name = "Zoe" });
                Assert.That(handover.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the handover");
            }

            return new SampleChat(sample, http, sessionId);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Sample.DisposeAsync();
        }
    }
}
