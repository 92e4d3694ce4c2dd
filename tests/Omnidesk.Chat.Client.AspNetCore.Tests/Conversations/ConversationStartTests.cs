using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

[Parallelizable(ParallelScope.All)]
public sealed class ConversationStartTests
{
    [Test]
    public async Task StartAsync_SessionAlreadyOpen_ReturnsThatConversationAndSendsNoSecondTicket()
    {
        await using var host = await ConversationTestHost.StartAsync();
        var request = new ConversationStartRequest { SessionId = "start-twice", Message = "Help" };

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.Conversations.StartAsync(request)));

        Assert.That(results.Count(r => r.Outcome == ConversationStartOutcome.Started), Is.EqualTo(1));
        Assert.That(results.Count(r => r.Outcome == ConversationStartOutcome.AlreadyOpen), Is.EqualTo(4));
        Assert.That(results.Select(r => r.Conversation!.TicketId).Distinct(), Is.EqualTo(new long?[] { 1000 }));
        Assert.That(host.Requests("notifyUserNewChatMessage"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task StartAsync_NoAgentAvailable_ReturnsTheTypedOutcomeAndSendsNoMessage()
    {
        await using var host = await ConversationTestHost.StartAsync(emulatorOptions: emulator => emulator.AgentsAvailable = false);

        var result = await host.Conversations.StartAsync(new ConversationStartRequest { SessionId = "no-agents", Message = "Help", CheckAgentsAvailable = true });

        Assert.That(result, Is.EqualTo(new ConversationStartResult(ConversationStartOutcome.NoAgentsAvailable, null)));
        Assert.That(host.Requests("notifyUserNewChatMessage"), Is.Empty);
        Assert.That(await host.Conversations.GetAsync("no-agents"), Is.Null);
    }

    [Test]
    public async Task StartAsync_WithChatbotLog_StoresTheLogBeforeTheFirstMessage()
    {
        await using var host = await ConversationTestHost.StartAsync();

        await host.Conversations.StartAsync(new ConversationStartRequest
        {
            SessionId = "with-log",
            Message = "Help",
            ChatbotLog = new ChatbotLog { From = "jan@example.com", Subject = "Chatbot", Message = "Bot: hi" },
        });

        var paths = host.Emulator.Requests.Select(r => r.Path).ToList();
        Assert.That(paths, Is.EqualTo(new[] { "/api/v2/message/chatbot", "/api/v2/chat/notifyUserNewChatMessage" }));
    }

    [Test]
    public async Task StartAsync_BadSessionId_IsRefusedBeforeAnythingIsSentOrStored()
    {
        await using var host = await ConversationTestHost.StartAsync();

        var refused = Assert.ThrowsAsync<OmnideskValidationException>(() =>
            host.Conversations.StartAsync(new ConversationStartRequest { SessionId = "bad_id", Message = "Help" }));

        Assert.That(refused!.Field, Is.EqualTo("chatSessionID"));
        Assert.That(host.Emulator.Requests, Is.Empty);
        Assert.That((await host.Conversations.ListOpenAsync()).Items, Is.Empty);
    }

    [Test]
    public async Task ListOpenAsync_PagesThroughOpenConversationsOnly()
    {
        await using var host = await ConversationTestHost.StartAsync();
        foreach (var id in new[] { "list-a", "list-b", "list-c" })
        {
            await host.StartConversationAsync(id);
        }

        await (await host.Conversations.GetAsync("list-b"))!.EndAsync();

        var first = await host.Conversations.ListOpenAsync(pageSize: 1);
        var second = await host.Conversations.ListOpenAsync(pageSize: 1, first.NextPageToken);

        Assert.That(first.Items.Single().SessionId, Is.EqualTo("list-a"));
        Assert.That(second.Items.Single().SessionId, Is.EqualTo("list-c"));
        Assert.That(second.NextPageToken, Is.Null);
        Assert.That((await host.Conversations.GetAsync("list-b"))!.State.EndedBy, Is.EqualTo(ConversationEndedBy.Customer));
    }

    [Test]
    public async Task SendFileAsync_LargerThanItsMediaTypeAllows_IsRefusedBeforeAnythingIsSent()
    {
        await using var host = await ConversationTestHost.StartAsync(options => options.MaxFileSizeByMediaType["image/*"] = 1000);
        var conversation = await host.StartConversationAsync("big-file");
        host.Emulator.ClearRequests();

        var refused = Assert.ThrowsAsync<OmnideskValidationException>(() => conversation.SendFileAsync(new MemoryStream(new byte[1001]), "photo.jpg", "image/jpeg"));
        await conversation.SendFileAsync(new MemoryStream(new byte[1001]), "notes.txt", "text/plain");

        Assert.That(refused!.Message, Is.EqualTo("file is invalid (at most 1000 bytes for image/jpeg): the file has 1001 bytes; nothing was sent. (Parameter 'file')"));
        Assert.That(host.Requests("addAttachment").Single().Files.Single().FileName, Is.EqualTo("notes.txt"));
    }
}
