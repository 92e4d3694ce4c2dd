using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>Every documented rule of the session calls, refused before any I/O.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SessionValidationTests
{
    private const string ServerRule = "^[a-zA-Z0-9.:/-]+$, at least 5 characters";
    private const string TokenRule = "^[a-zA-Z0-9]+$, at least 10 characters";
    private const string MessageSessionRule = @"^\+?[a-zA-Z0-9-]+$";
    private const string SessionRule = "^[a-zA-Z0-9-]+$";
    private const string Required = "a value is required but none was given.";

    public static IEnumerable<ValidationCase> Cases()
    {
        yield return new("chatServer with '_'", api => api.NotifyUserNewChatMessageAsync(Message() with { ChatServer = "bot_example.com" }),
            "chatServer", ServerRule, "'_' at position 4 is not allowed.");
        yield return new("chatServer too short", api => api.NotifyUserNewChatMessageAsync(Message() with { ChatServer = "a.io" }),
            "chatServer", ServerRule, "it is 4 characters long; at least 5 are required.");
        yield return new("chatServer with a query string", api => api.NotifyUserEndChatAsync(new EndChat { ChatSessionId = "s-1", ChatServer = "https://bot.example.com/?token=1" }),
            "chatServer", ServerRule, "'?' at position 25 is not allowed.");
        yield return new("chatServer on neither request nor options", api => api.NotifyUserNewChatMessageAsync(Message()),
            "chatServer", "required", "none was given: set ChatServer on the request, or Omnidesk:ChatServer in the configuration.",
            options => options.ChatServer = null);
        yield return new("chatServer empty on the request", api => api.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = "s-1", Url = "https://x.example", ChatServer = "" }),
            "chatServer", "required", Required);
        yield return new("chatAccountToken too short", api => api.NotifyUserNewChatMessageAsync(Message() with { ChatAccountToken = "short1" }),
            "chatAccountToken", TokenRule, "it is 6 characters long; at least 10 are required.");
        yield return new("chatAccountToken with '_' (value not shown)", api => api.NotifyUserNewChatMessageAsync(Message() with { ChatAccountToken = "secret_token_value" }),
            "chatAccountToken", TokenRule, "it contains a character that is not allowed (position 7).");
        yield return new("chatAccountToken on neither request nor options", api => api.NotifyUserNewChatMessageAsync(Message()),
            "chatAccountToken", "required", "none was given: set ChatAccountToken on the request, or Omnidesk:ChatAccountToken in the configuration.",
            options => options.ChatAccountToken = null);
        yield return new("message chatSessionID with a space", api => api.NotifyUserNewChatMessageAsync(Message() with { ChatSessionId = "bad session" }),
            "chatSessionID", MessageSessionRule, "'U+0020' at position 4 is not allowed.");
        yield return new("message chatSessionID missing", api => api.NotifyUserNewChatMessageAsync(Message() with { ChatSessionId = null! }),
            "chatSessionID", "required", Required);
        yield return new("message blank", api => api.NotifyUserNewChatMessageAsync(Message() with { Message = "  \n" }),
            "message", "required", Required);
        yield return new("messageNumber 0", api => api.NotifyUserNewChatMessageAsync(Message() with { MessageNumber = 0 }),
            "messageNumber", ">= 1", "0 is below the minimum of 1.");
        yield return new("customerName with a diacritic", api => api.NotifyUserNewChatMessageAsync(Message() with { CustomerName = "Zoë" }),
            "customerName", "^[a-zA-Z 0-9]+$", "'ë' at position 3 is not allowed.");
        yield return new("emailAddress without domain", api => api.NotifyUserNewChatMessageAsync(Message() with { EmailAddress = "zoe@" }),
            "emailAddress", "an e-mail address", "it is not an e-mail address of the form name@domain.tld.");
        yield return new("phoneNumber without '+'", api => api.NotifyUserNewChatMessageAsync(Message() with { PhoneNumber = "0612345678" }),
            "phoneNumber", @"^\+[0-9]+$", "it must start with '+'.");
        yield return new("phoneNumber with a space", api => api.NotifyUserNewChatMessageAsync(Message() with { PhoneNumber = "+31 612345678" }),
            "phoneNumber", @"^\+[0-9]+$", "'U+0020' at position 4 is not allowed.");
        yield return new("event chatSessionID with '+'", api => api.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = "+31612345678", Event = ChatEventType.StartedTyping }),
            "chatSessionID", SessionRule, "'+' at position 1 is not allowed.");
        yield return new("event not documented", api => api.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = "s-1", Event = "typing" }),
            "event", "one of startedtyping, stoppedtyping, expandedchat, minimizedchat", "'typing' is not one of the allowed values.");
        yield return new("event default", api => api.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = "s-1", Event = default }),
            "event", "required", Required);
        yield return new("visit chatSessionID with '+'", api => api.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = "+316", Url = "https://x.example" }),
            "chatSessionID", SessionRule, "'+' at position 1 is not allowed.");
        yield return new("visit url blank", api => api.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = "s-1", Url = " " }),
            "url", "required", Required);
        yield return new("end chatSessionID with '_'", api => api.NotifyUserEndChatAsync(new EndChat { ChatSessionId = "s_1" }),
            "chatSessionID", SessionRule, "'_' at position 2 is not allowed.");
        yield return new("attachment chatSessionID with '+'", api => api.AddAttachmentAsync(new MemoryStream([1]), "a.txt", "text/plain", new AttachmentUpload { ChatSessionId = "+316" }),
            "chatSessionID", SessionRule, "'+' at position 1 is not allowed.");
        yield return new("attachment chatAccountToken on neither upload nor options", api => api.AddAttachmentAsync(new MemoryStream([1]), "a.txt", "text/plain", new AttachmentUpload { ChatSessionId = "s-1" }),
            "chatAccountToken", "required", "none was given: set ChatAccountToken on the request, or Omnidesk:ChatAccountToken in the configuration.",
            options => options.ChatAccountToken = null);
    }

    [TestCaseSource(nameof(Cases))]
    public Task SessionCall_BrokenRule_ThrowsValidationExceptionAndSendsNothing(ValidationCase rule) => rule.AssertRefusedAsync();

    [Test]
    public async Task NotifyUserNewChatMessage_BadToken_MessageNeverShowsTheToken()
    {
        await using var host = await ChatTestHost.StartAsync();

        var error = Assert.ThrowsAsync<OmnideskValidationException>(() =>
            host.Api.NotifyUserNewChatMessageAsync(Message() with { ChatAccountToken = "secret_token_value" }));

        Assert.That(error!.Message, Does.Not.Contain("secret"));
    }

    [Test]
    public async Task AddAttachment_BadFileArguments_ThrowArgumentExceptionsAndSendNothing()
    {
        await using var host = await ChatTestHost.StartAsync();
        var upload = new AttachmentUpload { ChatSessionId = "s-1" };
        using var file = new MemoryStream([1]);
        using var closed = new MemoryStream([1]);
        closed.Dispose();

        var blankName = Assert.ThrowsAsync<ArgumentException>(() => host.Api.AddAttachmentAsync(file, " ", "text/plain", upload));
        var lineBreak = Assert.ThrowsAsync<ArgumentException>(() => host.Api.AddAttachmentAsync(file, "a\r\nContent-Type: x.txt", "text/plain", upload));
        var badType = Assert.ThrowsAsync<ArgumentException>(() => host.Api.AddAttachmentAsync(file, "a.txt", "not a type", upload));
        var unreadable = Assert.ThrowsAsync<ArgumentException>(() => host.Api.AddAttachmentAsync(closed, "a.txt", "text/plain", upload));
        using var notRewound = new MemoryStream();
        notRewound.Write([1, 2, 3]);
        var atEnd = Assert.ThrowsAsync<ArgumentException>(() => host.Api.AddAttachmentAsync(notRewound, "a.txt", "text/plain", upload));
        var noStream = Assert.ThrowsAsync<ArgumentNullException>(() => host.Api.AddAttachmentAsync(null!, "a.txt", "text/plain", upload));

        Assert.Multiple(() =>
        {
            Assert.That(blankName!.Message, Is.EqualTo("The value cannot be an empty string or composed entirely of whitespace. (Parameter 'fileName')"));
            Assert.That(lineBreak!.Message, Is.EqualTo("The file name must not contain control characters such as line breaks. (Parameter 'fileName')"));
            Assert.That(badType!.Message, Is.EqualTo("'not a type' is not a media type such as application/pdf. (Parameter 'contentType')"));
            Assert.That(unreadable!.Message, Is.EqualTo("The attachment's stream cannot be read. (Parameter 'content')"));
            Assert.That(atEnd!.Message, Is.EqualTo("The attachment's stream is at its end, so the file would be empty: set its Position to 0 before uploading. (Parameter 'content')"));
            Assert.That(noStream!.ParamName, Is.EqualTo("content"));
            Assert.That(host.Emulator.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task SessionCalls_NullRequest_ThrowArgumentNullException()
    {
        await using var host = await ChatTestHost.StartAsync();

        Assert.ThrowsAsync<ArgumentNullException>(() => host.Api.NotifyUserNewChatMessageAsync(null!));
        Assert.ThrowsAsync<ArgumentNullException>(() => host.Api.NotifyUserNewChatEventAsync(null!));
        Assert.ThrowsAsync<ArgumentNullException>(() => host.Api.NotifyUserVisitedAsync(null!));
        Assert.ThrowsAsync<ArgumentNullException>(() => host.Api.NotifyUserEndChatAsync(null!));
        Assert.That(host.Emulator.Requests, Is.Empty);
    }

    private static NewChatMessage Message() => new() { ChatSessionId = "s-1", Message = "Hello" };
}
