using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>The README's quick start as one story: a chatbot hands a customer over to a human agent.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class EscalationStoryTests
{
    [Test]
    public async Task Escalation_FromCheckToEnd_ReachesOmnideskInOrderOnOneTicket()
    {
        await using var host = await ChatTestHost.StartAsync();
        var omnidesk = host.Api;
        const string session = "bot-session-7f3a";

        Assert.That(await omnidesk.AreAgentsAvailableAsync(), Is.True);
        var opened = await omnidesk.NotifyUserNewChatMessageAsync(new NewChatMessage
        {
            ChatSessionId = session,
            Message = "**Bot:** How can I help?\n**Customer:** I want to talk to a person.",
            MessageNumber = 1,
            CustomerName = OmnideskCustomerName.FromDisplayName("Zoë Núñez-O'Brien"),
            EmailAddress = "zoe@example.com",
        });
        await omnidesk.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = session, Event = ChatEventType.StartedTyping });
        var second = await omnidesk.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = session, Message = "Here is my receipt.", MessageNumber = 2 });
        using var receipt = new MemoryStream("%PDF-1.7"u8.ToArray());
        var attached = await omnidesk.AddAttachmentAsync(receipt, "receipt.pdf", "application/pdf", new AttachmentUpload { ChatSessionId = session });
        await omnidesk.NotifyUserEndChatAsync(new EndChat { ChatSessionId = session });

        Assert.That(new[] { second.TicketId, attached.TicketId }, Is.All.EqualTo(opened.TicketId));
        Assert.That(host.Emulator.Requests.Select(r => r.Endpoint), Is.EqualTo(new EmulatorEndpoint?[]
        {
            EmulatorEndpoint.ChatServiceRequestChatConfig,
            EmulatorEndpoint.NotifyUserNewChatMessage,
            EmulatorEndpoint.NotifyUserNewChatEvent,
            EmulatorEndpoint.NotifyUserNewChatMessage,
            EmulatorEndpoint.AddAttachment,
            EmulatorEndpoint.NotifyUserEndChat,
        }));
        var stored = host.Emulator.State.FindSession(session)!;
        Assert.That(stored.Messages.Select(m => m.CustomerName), Is.EqualTo(new[] { "Zoe Nunez OBrien", null }));
        Assert.That(stored.Attachments.Single().FileName, Is.EqualTo("receipt.pdf"));
        Assert.That(stored.Ended, Is.True);
    }
}
