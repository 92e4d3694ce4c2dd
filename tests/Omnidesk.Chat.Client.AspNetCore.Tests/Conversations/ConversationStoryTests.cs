using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

/// <summary>One handover from start to the agent's end, as a customer and an agent live it, on the emulator.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ConversationStoryTests
{
    [Test]
    public async Task Handover_MessagesBothWaysFileTypingAgentEnds_ThenSendIsRefused()
    {
        await using var host = await ConversationTestHost.StartAsync();

        var start = await host.Conversations.StartAsync(new ConversationStartRequest
        {
            SessionId = "story-1",
            Message = "I want to talk to a person",
            BotTranscript = [new TranscriptLine("Bot", "How can I help?"), new TranscriptLine("Customer", "My order is late")],
            CustomerName = "Jan Jansen",
            EmailAddress = "jan@example.com",
        });
        var conversation = start.Conversation!;

        Assert.That(start.Outcome, Is.EqualTo(ConversationStartOutcome.Started));
        Assert.That(conversation.TicketId, Is.EqualTo(1000));
        var first = host.Requests("notifyUserNewChatMessage").Single().Form;
        Assert.That(first["chatSessionID"], Is.EqualTo("story-1"));
        Assert.That(first["messageNumber"], Is.EqualTo("1"));
        Assert.That(first["message"], Is.EqualTo("Bot: How can I help?\nCustomer: My order is late\n\nI want to talk to a person"));
        Assert.That(first["customerName"], Is.EqualTo("Jan Jansen"));
        Assert.That(first["emailAddress"], Is.EqualTo("jan@example.com"));
        Assert.That(first["chatServer"], Does.EndWith("/omnidesk/" + ConversationTestHost.Token));

        var second = await conversation.SendAsync("Order 1234");
        Assert.That((second.MessageNumber, second.TicketId), Is.EqualTo((2, 1000L)));
        Assert.That(host.Requests("notifyUserNewChatMessage")[1].Form["messageNumber"], Is.EqualTo("2"));

        await host.Emulator.Agent.SendMessageAsync("story-1", "Hello Jan, I am looking at it", "Anna", "https://cdn.example.com/anna.png");
        await host.Emulator.Agent.SendMessageAsync("story-1", "It ships today", "Anna");
        var fileBytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i % 251)).ToArray();
        await host.Emulator.Agent.SendFileAsync("story-1", "label.pdf", new MemoryStream(fileBytes), "application/pdf");
        await host.Emulator.Agent.SetTypingAsync("story-1", typing: true);
        await host.Emulator.Agent.SetTypingAsync("story-1", typing: false);
        await host.Emulator.Agent.EndSessionAsync("story-1");

        var events = await EventReader.NextAsync(conversation, 7);

        Assert.That(events[0], Is.TypeOf<AgentJoined>().And.Property("AgentName").EqualTo("Anna").And.Property("Picture").EqualTo("https://cdn.example.com/anna.png"));
        Assert.That(events[1], Is.TypeOf<AgentMessage>().And.Property("Text").EqualTo("Hello Jan, I am looking at it"));
        Assert.That(events[2], Is.TypeOf<AgentMessage>().And.Property("Text").EqualTo("It ships today"), "the same agent does not join twice");
        var file = (AgentFile)events[3];
        Assert.That((file.FileName, file.ContentType, file.Length, file.IsContentKept), Is.EqualTo(("label.pdf", "application/pdf", 70_000L, true)));
        Assert.That(events[4], Is.TypeOf<AgentTypingStarted>());
        Assert.That(events[5], Is.TypeOf<AgentTypingStopped>());
        Assert.That(events[6], Is.TypeOf<ConversationEnded>().And.Property("EndedBy").EqualTo(ConversationEndedBy.Agent));
        Assert.That(events.Select(e => e.Sequence), Is.EqualTo(new long[] { 1, 2, 3, 4, 5, 6, 7 }));

        await using (var opened = await conversation.OpenFileAsync(file))
        {
            using var copy = new MemoryStream();
            await opened!.CopyToAsync(copy);
            Assert.That(copy.ToArray(), Is.EqualTo(fileBytes));
        }

        Assert.That(await conversation.OpenFileAsync(file), Is.Null, "a file is opened once");
        Assert.That(conversation.State, Is.EqualTo(new ConversationState(ConversationStatus.Ended, ConversationEndedBy.Agent, events[6].Timestamp)));

        var requestsBefore = host.Emulator.Requests.Count;
        var refused = Assert.ThrowsAsync<OmnideskConversationEndedException>(() => conversation.SendAsync("Are you still there?"));
        Assert.That(refused!.Message, Is.EqualTo("conversation send: conversation story-1 has ended (the agent ended it); nothing was sent. Start a new session to talk again."));
        Assert.ThrowsAsync<OmnideskConversationEndedException>(() => conversation.SetTypingAsync(true));
        Assert.That(host.Emulator.Requests, Has.Count.EqualTo(requestsBefore), "nothing was sent after the end");

        var history = await conversation.GetHistoryAsync(pageSize: 4);
        Assert.That(history.Items.Select(e => e.Kind), Is.EqualTo(new[]
        {
            ConversationEntryKind.Ended, ConversationEntryKind.AgentFile, ConversationEntryKind.AgentMessage, ConversationEntryKind.AgentMessage,
        }));
        var older = await conversation.GetHistoryAsync(pageSize: 4, history.NextPageToken);
        Assert.That(older.Items.Select(e => (e.Kind, e.Text ?? e.AgentName)), Is.EqualTo(new[]
        {
            (ConversationEntryKind.AgentJoined, "Anna"),
            (ConversationEntryKind.CustomerMessage, "Order 1234"),
            (ConversationEntryKind.CustomerMessage, "Bot: How can I help?\nCustomer: My order is late\n\nI want to talk to a person"),
        }));
        Assert.That(older.NextPageToken, Is.Null);
    }

    [Test]
    public async Task Customer_TypingVisitFileAndEnd_GoOutAsDocumentedAndTheReaderSeesTheEnd()
    {
        await using var host = await ConversationTestHost.StartAsync();
        var conversation = await host.StartConversationAsync("story-2");

        await conversation.SetTypingAsync(true);
        await conversation.VisitAsync("https://shop.example.com/orders/1234");
        var sent = await conversation.SendFileAsync(new MemoryStream(new byte[1234]), "photo.png", "image/png");
        await conversation.EndAsync();
        await conversation.EndAsync();

        Assert.That(host.Requests("notifyUserNewChatEvent").Single().Form["event"], Is.EqualTo("startedtyping"));
        Assert.That(host.Requests("notifyUserVisited").Single().Form["url"], Is.EqualTo("https://shop.example.com/orders/1234"));
        Assert.That(host.Requests("addAttachment").Single().Files.Single().FileName, Is.EqualTo("photo.png"));
        Assert.That((sent.FileName, sent.ContentType, sent.Length), Is.EqualTo(("photo.png", "image/png", 1234L)));
        Assert.That(host.Requests("notifyUserEndChat"), Has.Count.EqualTo(1), "ending twice sends once");
        Assert.That(conversation.State.EndedBy, Is.EqualTo(ConversationEndedBy.Customer));
        var ended = (ConversationEnded)(await EventReader.NextAsync(conversation, 1)).Single();
        Assert.That(ended.EndedBy, Is.EqualTo(ConversationEndedBy.Customer));
    }
}
