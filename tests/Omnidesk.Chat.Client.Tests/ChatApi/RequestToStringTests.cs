namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>Requests can be logged: their ToString() shows whether a token is set, never the token.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class RequestToStringTests
{
    private const string Token = "secretAccountToken42";

    [Test]
    public void NewChatMessage_ToString_MasksTheTokenAndShowsTheRest()
    {
        var message = new NewChatMessage { ChatSessionId = "s-1", Message = "Hi", ChatAccountToken = Token, MessageNumber = 2 };

        Assert.That(message.ToString(), Is.EqualTo(
            "NewChatMessage { ChatSessionId = s-1, Message = Hi, ChatServer = , ChatAccountToken = (set), ChannelId = , Url = , MessageNumber = 2, " +
            "UsedPredefinedUserInput = , AdditionalData = , ExternalAddressOverwrite = , CustomerName = , EmailAddress = , PhoneNumber =  }"));
    }

    [Test]
    public void RequestsWithTokens_ToString_NeverShowTheToken()
    {
        object[] requests =
        [
            new AttachmentUpload { ChatSessionId = "s-1", ChatAccountToken = Token },
            new OriginCheck { Origin = "www.example.com", ChatAccountToken = Token },
            new ChatConfigRequest { ChatAccountToken = Token },
            new ChatQueueRequest { ChatAccountToken = Token },
            new ChatServiceTokens { ChatAccountToken = Token, ChatServerToken = Token },
        ];

        foreach (var request in requests)
        {
            Assert.That(request.ToString(), Does.Not.Contain(Token).And.Contain("ChatAccountToken = (set)"), request.GetType().Name);
        }

        Assert.That(new ChatQueueRequest().ToString(), Is.EqualTo("ChatQueueRequest { ChatAccountToken = (not set) }"));
    }
}
