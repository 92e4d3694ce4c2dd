using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>A lone '+' where a phone number or session id may start with one is refused before any request.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class PlusSignValidationTests
{
    [Test]
    public async Task NotifyUserNewChatMessage_PhoneNumberIsOnlyAPlus_IsRefusedBeforeAnyRequest()
    {
        await using var host = await ChatTestHost.StartAsync();

        var error = Assert.ThrowsAsync<OmnideskValidationException>(() => host.Api.NotifyUserNewChatMessageAsync(
            new NewChatMessage { ChatSessionId = "session-1", Message = "Hello", PhoneNumber = "+" }))!;

        Assert.That(error.Field, Is.EqualTo("phoneNumber"));
        Assert.That(error.Message, Does.StartWith(@"phoneNumber is invalid (^\+[0-9]+$): it has no characters after the '+'."));
        Assert.That(host.Emulator.Requests, Is.Empty);
    }

    [Test]
    public async Task NotifyUserNewChatMessage_SessionIdIsOnlyAPlus_IsRefusedBeforeAnyRequest()
    {
        await using var host = await ChatTestHost.StartAsync();

        var error = Assert.ThrowsAsync<OmnideskValidationException>(() => host.Api.NotifyUserNewChatMessageAsync(
            new NewChatMessage { ChatSessionId = "+", Message = "Hello" }))!;

        Assert.That(error.Message, Does.StartWith(@"chatSessionID is invalid (^\+?[a-zA-Z0-9-]+$): it has no characters after the '+'."));
        Assert.That(host.Emulator.Requests, Is.Empty);
    }
}
