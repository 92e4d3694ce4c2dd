using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client.Tests.ChatApi.Internal;

/// <summary>Validation runs on every message: a valid one must cost (almost) no allocation.</summary>
public sealed class MessageValidationCostTests
{
    private static readonly OmnideskChatOptions Options = new()
    {
        BaseAddress = new Uri("https://acme.omnidesk.com/"),
        ChatServer = "https://bot.example.com/omnidesk",
        ChatAccountToken = "emulatorAccountToken01",
    };

    [Test]
    public void Validate_ValidMessageWithoutEmail_AllocatesNothing()
    {
        var message = new NewChatMessage
        {
            ChatSessionId = "+31612345678",
            Message = "I need a human, please.",
            MessageNumber = 3,
            CustomerName = "Zoe Nunez OBrien",
            PhoneNumber = "+31612345678",
        };

        Assert.That(AllocatedPerCall(message), Is.Zero);
    }

    [Test]
    public void Validate_ValidMessageWithEveryField_AllocatesLessThan512Bytes()
    {
        var message = new NewChatMessage
        {
            ChatSessionId = "session-1",
            Message = "I need a human, please.",
            MessageNumber = 3,
            CustomerName = "Zoe Nunez OBrien",
            EmailAddress = "zoe@example.com",
            PhoneNumber = "+31612345678",
        };

        Assert.That(AllocatedPerCall(message), Is.LessThan(512));
    }

    private static long AllocatedPerCall(NewChatMessage message)
    {
        const int Calls = 1000;
        OmnideskChatApi.Validate(message, Options);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            OmnideskChatApi.Validate(message, Options);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
    }
}
