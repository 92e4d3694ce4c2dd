using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

[Parallelizable(ParallelScope.All)]
public sealed class NotifyUserNewChatMessageTests
{
    [Test]
    public async Task NotifyUserNewChatMessage_EveryField_SendsEachAsAFormFieldAndReturnsTheTicket()
    {
        await using var host = await ChatTestHost.StartAsync();

        var result = await host.Api.NotifyUserNewChatMessageAsync(new NewChatMessage
        {
            ChatSessionId = "+31612345678",
            Message = "I need a human, please.\nOrder #42 never arrived.",
            ChannelId = NewChatMessage.LiveChatChannelId,
            Url = "https://www.brand.com/support",
            MessageNumber = 1,
            UsedPredefinedUserInput = false,
            AdditionalData = "{\"plan\":\"gold\"}",
            ExternalAddressOverwrite = "customer-42",
            CustomerName = OmnideskCustomerName.FromDisplayName("Zoë Núñez-O'Brien"),
            EmailAddress = "zoe@example.com",
            PhoneNumber = "+31612345678",
        });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/notifyUserNewChatMessage",
            ("chatServer", ChatTestHost.ChatServer),
            ("chatSessionID", "+31612345678"),
            ("chatAccountToken", Wire.AccountToken),
            ("channelID", "8"),
            ("message", "I need a human, please.\nOrder #42 never arrived."),
            ("url", "https://www.brand.com/support"),
            ("messageNumber", "1"),
            ("usedPredefinedUserInput", "false"),
            ("additionalData", "{\"plan\":\"gold\"}"),
            ("externalAddressOverwrite", "customer-42"),
            ("customerName", "Zoe Nunez OBrien"),
            ("emailAddress", "zoe@example.com"),
            ("phoneNumber", "+31612345678"));
        Assert.That(result.Type, Is.EqualTo("result"));
        Assert.That(result.Message, Is.EqualTo("Message sent."));
        Assert.That(result.TicketId, Is.EqualTo(EmulatorState.FirstTicketId));
        Assert.That(host.Emulator.State.FindSession("+31612345678")!.TicketId, Is.EqualTo(result.TicketId));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_OnlyRequiredFields_SendsNothingElse()
    {
        await using var host = await ChatTestHost.StartAsync();

        await host.Api.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "session-1", Message = "Hello" });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/chat/notifyUserNewChatMessage",
            ("chatServer", ChatTestHost.ChatServer),
            ("chatSessionID", "session-1"),
            ("chatAccountToken", Wire.AccountToken),
            ("message", "Hello"));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_SameSessionTwice_GoesToTheSameTicket()
    {
        await using var host = await ChatTestHost.StartAsync();

        var first = await host.Api.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "session-1", Message = "Hello", MessageNumber = 1 });
        var second = await host.Api.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "session-1", Message = "Anyone?", MessageNumber = 2 });
        var other = await host.Api.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "session-2", Message = "Hi" });

        Assert.That(second.TicketId, Is.EqualTo(first.TicketId));
        Assert.That(other.TicketId, Is.Not.EqualTo(first.TicketId));
        Assert.That(host.Emulator.State.FindSession("session-1")!.Messages.Select(m => m.Message), Is.EqualTo(new[] { "Hello", "Anyone?" }));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_ServerAndTokenOnTheRequest_OverrideTheOptions()
    {
        await using var host = await ChatTestHost.StartAsync(options => options.ChatAccountToken = "someOtherToken123");

        await host.Api.NotifyUserNewChatMessageAsync(new NewChatMessage
        {
            ChatSessionId = "session-1",
            Message = "Hello",
            ChatServer = "https://other-bot.example.com/hooks",
            ChatAccountToken = Wire.AccountToken,
        });

        Assert.That(host.SingleRequest.Form["chatServer"], Is.EqualTo("https://other-bot.example.com/hooks"));
        Assert.That(host.SingleRequest.Form["chatAccountToken"], Is.EqualTo(Wire.AccountToken));
        Assert.That(host.SingleRequest.ResponseStatus, Is.EqualTo(200));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_TrueFlag_IsSentAsLowercaseTrue()
    {
        await using var host = await ChatTestHost.StartAsync();

        await host.Api.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "session-1", Message = "Yes", UsedPredefinedUserInput = true, MessageNumber = 1234567 });

        Assert.That(host.SingleRequest.Form["usedPredefinedUserInput"], Is.EqualTo("true"));
        Assert.That(host.SingleRequest.Form["messageNumber"], Is.EqualTo("1234567"));
    }

    [Test]
    public async Task NotifyUserNewChatMessage_ApiKeyInQueryOption_SendsTheKeyAsQueryParameterNotHeader()
    {
        await using var host = await ChatTestHost.StartAsync(options => options.ApiKeyLocation = ApiKeyLocation.Query);

        await host.Api.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "session-1", Message = "Hello" });

        Assert.That(host.SingleRequest.QueryString, Is.EqualTo("?apiKey=" + Wire.ApiKey));
        Assert.That(host.SingleRequest.Headers.ContainsKey("apiKey"), Is.False);
        Assert.That(host.SingleRequest.ResponseStatus, Is.EqualTo(200));
    }
}
