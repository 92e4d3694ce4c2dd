using System.Text;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Tests.Hookpoints;

[Parallelizable(ParallelScope.All)]
public sealed class OmnideskHookpointParserTextTests
{
    private const string Form = "application/x-www-form-urlencoded";
    private const string Json = "application/json";
    private const string Message = "Hallo & welkom + 100% ✓\r\nline 2 = \"quoted\"";

    [Test]
    public async Task ParseAsync_FormUrlEncodedMessage_ReturnsExactValues()
    {
        var body = "picture=https%3A%2F%2Fcdn.example.com%2Fa.png&name=Anna+de+Vries&message="
            + Uri.EscapeDataString(Message) + "&sessionID=sess-42";

        var result = await ParseAsync(HookpointKind.MessageForCustomer, Form, body);

        Assert.That(result.Event, Is.EqualTo(new AgentMessageEvent("sess-42", "Anna de Vries", Message, "https://cdn.example.com/a.png")));
    }

    [Test]
    public async Task ParseAsync_JsonMessage_ReturnsExactValues()
    {
        var body = """{"picture":"https://cdn.example.com/a.png","name":"Anna","message":"Hallo & welkom + 100% ✓\r\nline 2 = \"quoted\"","sessionID":"sess-42"}""";

        var result = await ParseAsync(HookpointKind.MessageForCustomer, "application/json; charset=utf-8", body);

        Assert.That(result.Event, Is.EqualTo(new AgentMessageEvent("sess-42", "Anna", Message, "https://cdn.example.com/a.png")));
    }

    [Test]
    public async Task ParseAsync_MultipartMessage_ReturnsExactValues()
    {
        var body = new MultipartBodyBuilder()
            .Field("picture", "https://cdn.example.com/a.png").Field("name", "Anna").Field("message", Message).Field("sessionID", "sess-42");

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.MessageForCustomer, body.ContentType, new TrickleStream(body.Build(), 5));

        Assert.That(result.Event, Is.EqualTo(new AgentMessageEvent("sess-42", "Anna", Message, "https://cdn.example.com/a.png")));
    }

    [Test]
    public async Task ParseAsync_FieldNamesInOtherCase_AreMatched()
    {
        var result = await ParseAsync(HookpointKind.MessageForCustomer, Form, "SESSIONID=s1&Message=hi&NAME=Bo&Picture=");

        Assert.That(result.Event, Is.EqualTo(new AgentMessageEvent("s1", "Bo", "hi", null)));
    }

    [Test]
    public async Task ParseAsync_MessageWithoutNameAndPicture_HasNulls()
    {
        var result = await ParseAsync(HookpointKind.MessageForCustomer, Json, """{"sessionID":"s1","message":"","name":null}""");

        Assert.That(result.Event, Is.EqualTo(new AgentMessageEvent("s1", null, string.Empty, null)));
    }

    [TestCase("true", true)]
    [TestCase("TRUE", true)]
    [TestCase("1", true)]
    [TestCase("False", false)]
    [TestCase("0", false)]
    [TestCase(" false ", false)]
    public async Task ParseAsync_TypingBooleanText_IsRead(string typing, bool expected)
    {
        var result = await ParseAsync(HookpointKind.TypingIndicatorForCustomer, Form, $"Typing={Uri.EscapeDataString(typing)}&SessionID=s1");

        Assert.That(result.Event, Is.EqualTo(new AgentTypingEvent("s1", expected)));
    }

    [TestCase("true", true)]
    [TestCase("false", false)]
    [TestCase("1", true)]
    [TestCase("0", false)]
    [TestCase("\"TRUE\"", true)]
    public async Task ParseAsync_TypingJsonValue_IsRead(string typing, bool expected)
    {
        var result = await ParseAsync(HookpointKind.TypingIndicatorForCustomer, Json, $$"""{"typing":{{typing}},"sessionId":"s1"}""");

        Assert.That(result.Event, Is.EqualTo(new AgentTypingEvent("s1", expected)));
    }

    [Test]
    public async Task ParseAsync_JsonWithByteOrderMark_IsRead()
    {
        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.EndSession, Json, new MemoryStream([.. "\uFEFF"u8, .. """{"sessionID":"s1"}"""u8]));

        Assert.That(result.Event, Is.EqualTo(new SessionEndedEvent("s1")));
    }

    [Test]
    public async Task ParseAsync_JsonNumericSessionId_IsReadAsText()
    {
        var result = await ParseAsync(HookpointKind.EndSession, Json, """{"sessionID":31415}""");

        Assert.That(result.Event, Is.EqualTo(new SessionEndedEvent("31415")));
    }

    [TestCase("yes")]
    [TestCase("")]
    [TestCase("2")]
    public async Task ParseAsync_TypingNotABoolean_FailsNamingTheField(string typing)
    {
        var result = await ParseAsync(HookpointKind.TypingIndicatorForCustomer, Form, $"Typing={typing}&SessionID=s1");

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.InvalidField));
        Assert.That(result.FailureReason, Is.EqualTo("field 'Typing' must be true, false, 1 or 0"));
        Assert.That(result.Event, Is.Null);
    }

    [TestCase(HookpointKind.MessageForCustomer, "message=hi", "field 'sessionID' is missing")]
    [TestCase(HookpointKind.MessageForCustomer, "sessionID=s1", "field 'message' is missing")]
    [TestCase(HookpointKind.MessageForCustomer, "sessionID=+&message=hi", "field 'sessionID' is empty")]
    [TestCase(HookpointKind.TypingIndicatorForCustomer, "SessionID=s1", "field 'Typing' is missing")]
    [TestCase(HookpointKind.TypingIndicatorForCustomer, "Typing=1", "field 'SessionID' is missing")]
    [TestCase(HookpointKind.EndSession, "", "field 'sessionID' is missing")]
    [TestCase(HookpointKind.EndSession, "sessionID=a&SessionId=b", "field 'SessionId' appears more than once")]
    public async Task ParseAsync_BadField_FailsWithOneLineReason(HookpointKind kind, string body, string reason)
    {
        var result = await ParseAsync(kind, Form, body);

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.InvalidField));
        Assert.That(result.FailureReason, Is.EqualTo(reason));
    }

    [Test]
    public async Task ParseAsync_JsonFieldThatIsAnObject_FailsNamingTheField()
    {
        var result = await ParseAsync(HookpointKind.MessageForCustomer, Json, """{"sessionID":"s1","message":{"text":"hi"}}""");

        Assert.That(result.FailureReason, Is.EqualTo("field 'message' must be text"));
    }

    [TestCase("{\"sessionID\":", "the JSON body is malformed")]
    [TestCase("[\"s1\"]", "the JSON body must be an object")]
    public async Task ParseAsync_MalformedJson_FailsAsMalformedBody(string body, string reason)
    {
        var result = await ParseAsync(HookpointKind.EndSession, Json, body);

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.MalformedBody));
        Assert.That(result.FailureReason, Is.EqualTo(reason));
    }

    [TestCase(null)]
    [TestCase("text/plain")]
    [TestCase("application/xml")]
    [TestCase("not a content type")]
    public async Task ParseAsync_UnsupportedContentType_Fails(string? contentType)
    {
        var result = await ParseAsync(HookpointKind.EndSession, contentType, "sessionID=s1");

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.UnsupportedContentType));
        Assert.That(result.FailureReason, Is.EqualTo(
            "the content type must be application/x-www-form-urlencoded, multipart/form-data or application/json"));
    }

    [Test]
    public async Task ParseAsync_TextBodyOverLimit_FailsAsTooLargeWithoutReadingMore()
    {
        var body = Encoding.UTF8.GetBytes("sessionID=s1&message=" + new string('a', 70_000));
        var stream = new TrickleStream(body, 4096);

        var result = await OmnideskHookpointParser.ParseAsync(HookpointKind.MessageForCustomer, Form, stream);

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.PayloadTooLarge));
        Assert.That(result.FailureReason, Is.EqualTo("the body is larger than 65536 bytes"));
        Assert.That(stream.BytesGiven, Is.LessThanOrEqualTo(65_537 + 4096));
    }

    [Test]
    public async Task ParseAsync_TextBodyAtLimit_IsParsed()
    {
        var prefix = "sessionID=s1&message=";
        var body = prefix + new string('a', HookpointLimits.DefaultMaxTextBodySize - prefix.Length);

        var result = await ParseAsync(HookpointKind.MessageForCustomer, Form, body);

        Assert.That(((AgentMessageEvent)result.Event!).Message, Has.Length.EqualTo(HookpointLimits.DefaultMaxTextBodySize - prefix.Length));
    }

    [Test]
    public async Task ParseAsync_MultipartWithoutBoundary_FailsAsMalformed()
    {
        var result = await ParseAsync(HookpointKind.EndSession, "multipart/form-data", "sessionID=s1");

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.MalformedBody));
        Assert.That(result.FailureReason, Is.EqualTo("the multipart content type has no usable boundary"));
    }

    [Test]
    public async Task ParseAsync_MultipartWithoutClosingBoundary_FailsAsMalformed()
    {
        var body = new MultipartBodyBuilder().Field("sessionID", "s1");

        var result = await OmnideskHookpointParser.ParseAsync(
            HookpointKind.EndSession, body.ContentType, new MemoryStream(body.Build(close: false)));

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.MalformedBody));
        Assert.That(result.FailureReason, Is.EqualTo("the multipart body is malformed: the body ended before the closing boundary"));
    }

    [TestCase("Content-Type: text/plain", "the multipart body is malformed: a part has no Content-Disposition with a field name")]
    [TestCase("Content-Disposition: attachment; name=\"sessionID\"", "the multipart body is malformed: a part's Content-Disposition is not form-data with a name")]
    [TestCase("Content-Disposition: form-data; name=\"\"", "the multipart body is malformed: a part's Content-Disposition is not form-data with a name")]
    public async Task ParseAsync_MultipartPartWithoutFieldName_FailsAsMalformed(string headers, string reason)
    {
        var body = new MultipartBodyBuilder().Part(headers, "s1"u8.ToArray());

        var result = await OmnideskHookpointParser.ParseAsync(HookpointKind.EndSession, body.ContentType, new MemoryStream(body.Build()));

        Assert.That(result.Outcome, Is.EqualTo(HookpointParseOutcome.MalformedBody));
        Assert.That(result.FailureReason, Is.EqualTo(reason));
    }

    [Test]
    public void ParseAsync_UndefinedKind_Throws()
    {
        Assert.That(
            async () => await ParseAsync((HookpointKind)42, Form, "sessionID=s1"),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("kind"));
    }

    private static ValueTask<HookpointParseResult> ParseAsync(HookpointKind kind, string? contentType, string body) =>
        OmnideskHookpointParser.ParseAsync(kind, contentType, new MemoryStream(Encoding.UTF8.GetBytes(body)));
}
