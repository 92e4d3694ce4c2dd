using System.Net;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Validation;

/// <summary>Each documented v2 field rule, broken once, answers 400 naming the field and the rule.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FormRuleTests
{
    private const string ChatServerRule = "chatServer: must match ^[a-zA-Z0-9.:/-]+$ and be at least 5 characters";
    private const string TokenRule = "chatAccountToken: must match ^[a-zA-Z0-9]+$ and be at least 10 characters";
    private const string EventRule = "event: must be one of startedtyping, stoppedtyping, expandedchat, minimizedchat";

    private static readonly (EmulatorEndpoint Endpoint, string Field, string? Value, string Message)[] Violations =
    [
        (EmulatorEndpoint.RequestChatConfig, "chatServer", null, "chatServer: is required"),
        (EmulatorEndpoint.RequestChatConfig, "chatServer", "host_name.com", ChatServerRule),
        (EmulatorEndpoint.RequestChatConfig, "chatServer", "a.bc", ChatServerRule),
        (EmulatorEndpoint.RequestChatConfig, "chatServer", "http://host.com/hooks?token=1", ChatServerRule),
        (EmulatorEndpoint.RequestChatConfig, "chatAccountToken", null, "chatAccountToken: is required"),
        (EmulatorEndpoint.RequestChatConfig, "chatAccountToken", "abc123", TokenRule),
        (EmulatorEndpoint.RequestChatConfig, "chatAccountToken", "token-with-dash", TokenRule),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "chatServer", null, "chatServer: is required"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "chatSessionID", null, "chatSessionID: is required"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "chatSessionID", "session 1", "chatSessionID: must match ^\\+?[a-zA-Z0-9-]+$"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "chatSessionID", "++316", "chatSessionID: must match ^\\+?[a-zA-Z0-9-]+$"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "chatAccountToken", null, "chatAccountToken: is required"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "channelID", "eight", "channelID: must be an integer"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "message", null, "message: is required"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "message", "", "message: must not be empty"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "messageNumber", "one", "messageNumber: must be an integer of at least 1"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "messageNumber", "0", "messageNumber: must be an integer of at least 1"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "usedPredefinedUserInput", "yes", "usedPredefinedUserInput: must be true or false"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "customerName", "Jane_Doe", "customerName: must match ^[a-zA-Z 0-9]+$"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "emailAddress", "jane.example.com", "emailAddress: must be an email address"),
        (EmulatorEndpoint.NotifyUserNewChatMessage, "phoneNumber", "0612345678", "phoneNumber: must match ^\\+[0-9]+$"),
        (EmulatorEndpoint.NotifyUserNewChatEvent, "chatSessionID", "+31612345678", "chatSessionID: must match ^[a-zA-Z0-9-]+$"),
        (EmulatorEndpoint.NotifyUserNewChatEvent, "event", null, "event: is required"),
        (EmulatorEndpoint.NotifyUserNewChatEvent, "event", "typing", EventRule),
        (EmulatorEndpoint.NotifyUserNewChatEvent, "event", "startedtypingX", EventRule),
        (EmulatorEndpoint.NotifyUserNewChatEvent, "event", "StartedTyping", EventRule),
        (EmulatorEndpoint.NotifyUserVisited, "url", null, "url: is required"),
        (EmulatorEndpoint.NotifyUserVisited, "chatSessionID", "a_b", "chatSessionID: must match ^[a-zA-Z0-9-]+$"),
        (EmulatorEndpoint.NotifyUserEndChat, "chatServer", null, "chatServer: is required"),
        (EmulatorEndpoint.NotifyUserEndChat, "chatSessionID", null, "chatSessionID: is required"),
        (EmulatorEndpoint.CheckOriginAndIp, "origin", null, "origin: is required"),
        (EmulatorEndpoint.CheckOriginAndIp, "origin", "https://www.brand.com", "origin: must match ^[a-zA-Z0-9.-]+$"),
        (EmulatorEndpoint.CheckOriginAndIp, "chatAccountToken", "short", TokenRule),
        (EmulatorEndpoint.RequestChatQueue, "chatAccountToken", null, "chatAccountToken: is required"),
        (EmulatorEndpoint.CreateChatbotLog, "from", null, "from: is required"),
        (EmulatorEndpoint.CreateChatbotLog, "from", "jane", "from: must be an email address or a phone number (^\\+?[0-9]+$)"),
        (EmulatorEndpoint.CreateChatbotLog, "subject", null, "subject: is required"),
        (EmulatorEndpoint.CreateChatbotLog, "message", null, "message: is required"),
    ];

    private static IEnumerable<TestCaseData> ViolationCases() => Violations.Select(v =>
        new TestCaseData(v.Endpoint, v.Field, v.Value, v.Message)
            .SetArgDisplayNames(v.Endpoint.ToString(), v.Field, v.Value ?? "(missing)"));

    [TestCaseSource(nameof(ViolationCases))]
    public async Task Endpoint_FieldBreaksItsRule_Answers400NamingFieldAndRule(
        EmulatorEndpoint endpoint, string field, string? value, string expectedMessage)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        ValidRequests.Prepare(emulator);
        using var http = Wire.Client(emulator);
        var fields = ValidRequests.Fields(endpoint);
        if (value is null)
        {
            fields.Remove(field);
        }
        else
        {
            fields[field] = value;
        }

        using var response = await http.SendAsync(Post(endpoint, fields));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((400, expectedMessage)));
        Assert.That(emulator.State.Sessions.Single().Messages, Is.Empty, "a refused request changes nothing");
    }

    [TestCase("+31612345678")]
    [TestCase("abc-DEF-123")]
    public async Task NotifyUserNewChatMessage_SessionIdAllowedByItsRule_IsAccepted(string sessionId)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(Post(
            EmulatorEndpoint.NotifyUserNewChatMessage, ValidRequests.Fields(EmulatorEndpoint.NotifyUserNewChatMessage, sessionId)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(emulator.State.FindSession(sessionId), Is.Not.Null);
    }

    [TestCase("+31612345678")]
    [TestCase("jane@example.com")]
    public async Task CreateChatbotLog_FromEmailOrPhone_IsAccepted(string from)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        var fields = ValidRequests.Fields(EmulatorEndpoint.CreateChatbotLog);
        fields["from"] = from;

        using var response = await http.SendAsync(Post(EmulatorEndpoint.CreateChatbotLog, fields));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(emulator.State.ChatbotLogs.Single().From, Is.EqualTo(from));
    }

    [TestCase(null, "chatSessionID: is required")]
    [TestCase("bad id", "chatSessionID: must match ^[a-zA-Z0-9-]+$")]
    public async Task AddAttachment_BadQuerySession_Answers400(string? sessionId, string expectedMessage)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        var query = $"?chatServer=host.example&chatAccountToken={ValidRequests.Token}"
            + (sessionId is null ? string.Empty : "&chatSessionID=" + Uri.EscapeDataString(sessionId));
        var content = new MultipartFormDataContent { { Wire.File([1]), "file", "a.png" } };

        using var response = await http.SendAsync(Wire.V2(HttpMethod.Post, "api/v2/chat/addAttachment" + query, content));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((400, expectedMessage)));
    }

    [Test]
    public async Task AddAttachment_NoFilePart_Answers400NamingFile()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedSession(Wire.SessionId, Wire.ChatServer);
        using var http = Wire.Client(emulator);
        using var request = ValidRequests.AddAttachment([1]);
        request.Content = Wire.Multipart([KeyValuePair.Create("other", "x")]);

        using var response = await http.SendAsync(request);

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((400, "file: is required (a multipart file part named file)")));
    }

    [Test]
    public async Task ChatServiceRequestChatConfig_NoServerToken_Answers400()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        using var response = await http.GetAsync($"requestChatConfig?chatAccountToken={ValidRequests.Token}");

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((400, "chatServerToken: is required")));
    }

    private static HttpRequestMessage Post(EmulatorEndpoint endpoint, Dictionary<string, string> fields)
    {
        var request = ValidRequests.For(endpoint, Guid.Empty);
        request.Content = Wire.Multipart(fields);
        return request;
    }
}
