using System.Net;
using System.Text.Json;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Endpoints;

[Parallelizable(ParallelScope.All)]
public sealed class AllRoutesTests
{
    private static readonly (EmulatorEndpoint Endpoint, string Expected)[] Routes =
    [
        (EmulatorEndpoint.RequestChatConfig, "message=start instructions"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "message=Message sent."),
        (EmulatorEndpoint.NotifyUserNewChatEvent, "message=Event sent."),
        (EmulatorEndpoint.NotifyUserVisited, "message=Visit registered."),
        (EmulatorEndpoint.NotifyUserEndChat, "message=Session ended."),
        (EmulatorEndpoint.AddAttachment, "message=Attachment uploaded."),
        (EmulatorEndpoint.CheckOriginAndIp, "message=Origin and IP allowed."),
        (EmulatorEndpoint.WhitelistedDomainsAndBlacklistedIps, "message=Whitelisted domains and blacklisted IPs."),
        (EmulatorEndpoint.RequestChatQueue, "message=Chat queue."),
        (EmulatorEndpoint.CreateChatbotLog, "message=Chatbot ticket created."),
        (EmulatorEndpoint.ChatServiceRequestChatConfig, "message=start instructions"),
        (EmulatorEndpoint.ListChats, "array=1"),
        (EmulatorEndpoint.CreateChat, "title=New chat"),
        (EmulatorEndpoint.GetChat, "title=Chat 001"),
        (EmulatorEndpoint.UpdateChat, "title=Renamed"),
        (EmulatorEndpoint.DeleteChat, "message=Chat removed."),
        (EmulatorEndpoint.ListChatDetails, "array=1"),
        (EmulatorEndpoint.GetChatDetails, "channelType=widget"),
    ];

    private static IEnumerable<TestCaseData> RouteCases()
        => Routes.Select(r => new TestCaseData(r.Endpoint, r.Expected).SetArgDisplayNames(r.Endpoint.ToString()));

    [Test]
    public void Routes_CoverEveryEndpoint()
    {
        Assert.That(Routes.Select(r => r.Endpoint), Is.EquivalentTo(Enum.GetValues<EmulatorEndpoint>()));
    }

    [TestCaseSource(nameof(RouteCases))]
    public async Task Endpoint_ValidRequest_Answers200AndIsRecorded(EmulatorEndpoint endpoint, string expected)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var chatId = ValidRequests.Prepare(emulator);
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(ValidRequests.For(endpoint, chatId));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var json = await Wire.JsonOf(response);
        var (key, value) = (expected.Split('=')[0], expected.Split('=')[1]);
        if (key == "array")
        {
            Assert.That(json.ValueKind, Is.EqualTo(JsonValueKind.Array));
            Assert.That(json.GetArrayLength(), Is.EqualTo(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        else
        {
            Assert.That(json.GetProperty(key).GetString(), Is.EqualTo(value));
        }

        var recorded = emulator.Requests.Single();
        Assert.That(recorded.Endpoint, Is.EqualTo(endpoint));
        Assert.That(recorded.ResponseStatus, Is.EqualTo(200));
    }

    [TestCase("/api/v2/chat/notifyUserEndChat")]
    [TestCase("/api/v2/message/notifyUserEndChat")]
    public async Task NotifyUserEndChat_BothDocumentedPaths_EndTheSession(string path)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer);
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(Wire.V2(
            HttpMethod.Post, path, Wire.Multipart(ValidRequests.Fields(EmulatorEndpoint.NotifyUserEndChat))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(emulator.State.FindSession(Wire.SessionId)!.Ended, Is.True);
        Assert.That(emulator.Requests.Single().Endpoint, Is.EqualTo(EmulatorEndpoint.NotifyUserEndChat));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_FormUrlEncoded_IsAcceptedLikeMultipart()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(Wire.V2(
            HttpMethod.Post,
            "api/v2/chat/notifyUserNewChatMessage",
            new FormUrlEncodedContent(ValidRequests.Fields(EmulatorEndpoint.NotifyUserNewChatMessage))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = await Wire.JsonOf(response);
        Assert.That(json.GetProperty("type").GetString(), Is.EqualTo("result"));
        Assert.That(json.GetProperty("ticketID").GetInt32(), Is.EqualTo(EmulatorState.FirstTicketId));
    }
}
