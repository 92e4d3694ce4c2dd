using System.Net;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.State;

[Parallelizable(ParallelScope.All)]
public sealed class SessionStateTests
{
    [Test]
    public async Task NotifyUserNewChatMessage_FirstAndNextMessages_ShareOneTicketAndKeepOrder()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        var first = await SendMessage(http, "session-a", "first", "1");
        var second = await SendMessage(http, "session-a", "second", "2");
        var other = await SendMessage(http, "session-b", "other", "1");

        Assert.That((first, second, other), Is.EqualTo((1000, 1000, 1001)));
        var session = emulator.State.FindSession("session-a")!;
        Assert.That(session.ChatServer, Is.EqualTo(Wire.ChatServer));
        Assert.That(session.TicketId, Is.EqualTo(1000));
        Assert.That(session.Messages.Select(m => (m.MessageId, m.Message, m.MessageNumber)), Is.EqualTo(new[] { (1, "first", (int?)1), (2, "second", (int?)2) }));
        var message = session.Messages[0];
        Assert.That(message.CustomerName, Is.EqualTo("Jane Doe"));
        Assert.That(message.EmailAddress, Is.EqualTo("jane@example.com"));
        Assert.That(message.PhoneNumber, Is.EqualTo("+31612345678"));
        Assert.That(message.Url, Is.EqualTo("https://www.brand.com/support"));
        Assert.That(message.ChannelId, Is.EqualTo(8));
        Assert.That(message.Fields["usedPredefinedUserInput"], Is.EqualTo("false"));
        Assert.That(message.Fields.ContainsKey("chatAccountToken"), Is.False, "the token is not kept in state");
        Assert.That(emulator.State.Sessions.Select(s => s.ChatSessionId), Is.EqualTo(new[] { "session-a", "session-b" }));
    }

    [Test]
    public async Task SessionEndpoints_StoreEventsVisitsAttachmentsAndEnd()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        await SendMessage(http, Wire.SessionId, "hi", "1");

        await Send(http, EmulatorEndpoint.NotifyUserNewChatEvent, f => f["event"] = "startedtyping");
        await Send(http, EmulatorEndpoint.NotifyUserNewChatEvent, f => f["event"] = "minimizedchat");
        await Send(http, EmulatorEndpoint.NotifyUserVisited, f => f["url"] = "https://www.brand.com/pricing");
        using var upload = await http.SendAsync(ValidRequests.AddAttachment([9, 8, 7]));
        var uploaded = await Wire.JsonOf(upload);
        await Send(http, EmulatorEndpoint.NotifyUserEndChat, _ => { });

        Assert.That(uploaded.GetProperty("ticketID").GetInt32(), Is.EqualTo(1000));
        Assert.That(uploaded.GetProperty("messageID").GetInt32(), Is.EqualTo(2));
        var session = emulator.State.FindSession(Wire.SessionId)!;
        Assert.That(session.Events.Select(e => e.Event), Is.EqualTo(new[] { "startedtyping", "minimizedchat" }));
        Assert.That(session.Visits.Single().Url, Is.EqualTo("https://www.brand.com/pricing"));
        var attachment = session.Attachments.Single();
        Assert.That((attachment.FileName, attachment.ContentType, attachment.MessageId), Is.EqualTo(("photo.png", "image/png", 2)));
        Assert.That(attachment.Content.ToArray(), Is.EqualTo(new byte[] { 9, 8, 7 }));
        Assert.That(session.Ended, Is.True);
        Assert.That(session.EndedAt, Is.Not.Null);
    }

    [Test]
    public async Task AddAttachment_SeedOneBodyForm_IsAccepted()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer);
        using var http = Wire.Client(emulator);
        var content = new MultipartFormDataContent
        {
            { Wire.File([5], "text/plain"), "file", "note.txt" },
            { new StringContent(Wire.ChatServer), "chatServer" },
            { new StringContent(ValidRequests.Token), "chatAccountToken" },
            { new StringContent(Wire.SessionId), "sessionID" },
        };

        using var response = await http.SendAsync(Wire.V2(HttpMethod.Post, "api/v2/chat/addAttachment", content));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(emulator.State.FindSession(Wire.SessionId)!.Attachments.Single().FileName, Is.EqualTo("note.txt"));
    }

    [TestCase(EmulatorEndpoint.NotifyUserNewChatEvent)]
    [TestCase(EmulatorEndpoint.NotifyUserVisited)]
    [TestCase(EmulatorEndpoint.NotifyUserEndChat)]
    public async Task SessionEndpoint_UnknownSession_Answers404(EmulatorEndpoint endpoint)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(Request(endpoint, f => f["chatSessionID"] = "nobody"));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((404, "Unknown chatSessionID 'nobody'.")));
    }

    [Test]
    public async Task AddAttachment_UnknownSession_Answers404()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(ValidRequests.AddAttachment([1]));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((404, $"Unknown chatSessionID '{Wire.SessionId}'.")));
    }

    [TestCase(EmulatorEndpoint.NotifyUserNewChatEvent)]
    [TestCase(EmulatorEndpoint.NotifyUserVisited)]
    public async Task SessionEndpoint_EndedSession_Answers409(EmulatorEndpoint endpoint)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer);
        using var http = Wire.Client(emulator);
        await Send(http, EmulatorEndpoint.NotifyUserEndChat, _ => { });

        using var response = await http.SendAsync(Request(endpoint, _ => { }));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((409, $"Chat session '{Wire.SessionId}' has ended.")));
    }

    [Test]
    public async Task NotifyUserEndChat_Twice_SucceedsBothTimes()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer);
        using var http = Wire.Client(emulator);

        await Send(http, EmulatorEndpoint.NotifyUserEndChat, _ => { });
        var endedAt = emulator.State.FindSession(Wire.SessionId)!.EndedAt;
        using var again = await http.SendAsync(Request(EmulatorEndpoint.NotifyUserEndChat, _ => { }));

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(emulator.State.FindSession(Wire.SessionId)!.EndedAt, Is.EqualTo(endedAt));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_AfterEnd_OpensNewTicket()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        await SendMessage(http, Wire.SessionId, "before", "1");
        await Send(http, EmulatorEndpoint.NotifyUserEndChat, _ => { });

        var ticket = await SendMessage(http, Wire.SessionId, "after", "1");

        var session = emulator.State.FindSession(Wire.SessionId)!;
        Assert.That(ticket, Is.EqualTo(1001));
        Assert.That(session.Ended, Is.False);
        Assert.That(session.Messages.Select(m => m.TicketId), Is.EqualTo(new[] { 1000, 1001 }));
    }

    [Test]
    public async Task RequestChatQueue_ListsOpenSessionsOldestFirst()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        await SendMessage(http, "first", "a", "1");
        await SendMessage(http, Wire.SessionId, "b", "1");
        await SendMessage(http, "third", "c", "1");
        await Send(http, EmulatorEndpoint.NotifyUserEndChat, _ => { });

        using var response = await http.SendAsync(Request(EmulatorEndpoint.RequestChatQueue, _ => { }));

        var queue = (await Wire.JsonOf(response)).GetProperty("queue").EnumerateArray()
            .Select(q => (q.GetProperty("chatSessionID").GetString(), q.GetProperty("ticketID").GetInt32()))
            .ToArray();
        Assert.That(queue, Is.EqualTo(new[] { ("first", 1000), ("third", 1002) }));
        var waitingSince = (await Wire.JsonOf(response)).GetProperty("queue")[0].GetProperty("waitingSince").GetDateTimeOffset();
        Assert.That(waitingSince, Is.EqualTo(emulator.State.FindSession("first")!.CreatedAt));
    }

    [Test]
    public async Task CreateChatbotLog_StoresTheLogWithATicket()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        await SendMessage(http, Wire.SessionId, "hi", "1");

        await Send(http, EmulatorEndpoint.CreateChatbotLog, _ => { });

        var log = emulator.State.ChatbotLogs.Single();
        Assert.That(
            (log.TicketId, log.From, log.Subject, log.Message, log.BrandId),
            Is.EqualTo((1001, "jane@example.com", "Chatbot conversation", "**bot:** hi", "1")));
    }

    [Test]
    public async Task SeedSession_ExistingSession_Throws()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer);

        Assert.That(
            () => emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer),
            Throws.InvalidOperationException.With.Message.Contains(Wire.SessionId));
    }

    [Test]
    public async Task Clear_ForgetsStateAndRestartsSequences()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession("a", Wire.ChatServer);
        emulator.State.SeedChats(2);

        emulator.State.Clear();

        Assert.That(emulator.State.Sessions, Is.Empty);
        Assert.That(emulator.State.Chats, Is.Empty);
        Assert.That(emulator.State.SeedSession("b", Wire.ChatServer).TicketId, Is.EqualTo(EmulatorState.FirstTicketId));
        Assert.That(emulator.State.SeedChats(1)[0].Id, Is.EqualTo(EmulatorIds.ChatId(1)));
    }

    private static async Task<int> SendMessage(HttpClient http, string sessionId, string message, string number)
    {
        var fields = ValidRequests.Fields(EmulatorEndpoint.NotifyUserNewChatMessage, sessionId);
        fields["message"] = message;
        fields["messageNumber"] = number;
        using var response = await http.SendAsync(
            Wire.V2(HttpMethod.Post, "api/v2/chat/notifyUserNewChatMessage", Wire.Multipart(fields)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await Wire.JsonOf(response)).GetProperty("ticketID").GetInt32();
    }

    private static async Task Send(HttpClient http, EmulatorEndpoint endpoint, Action<Dictionary<string, string>> change)
    {
        using var response = await http.SendAsync(Request(endpoint, change));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Request(EmulatorEndpoint endpoint, Action<Dictionary<string, string>> change)
    {
        var fields = ValidRequests.Fields(endpoint);
        change(fields);
        var request = ValidRequests.For(endpoint, Guid.Empty);
        request.Content = Wire.Multipart(fields);
        return request;
    }
}
