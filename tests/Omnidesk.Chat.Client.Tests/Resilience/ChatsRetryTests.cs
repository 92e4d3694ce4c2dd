using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>The same retry rules on the v1 chats API: reads are retried, creates, updates and deletes are not sent twice.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChatsRetryTests
{
    private static readonly Guid Owner = Guid.Parse("3f2b8a9e-6c1d-4e7f-9a0b-5c4d3e2f1a09");

    [Test]
    public async Task ChatsList_Through503_IsRetriedAndSucceeds()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.State.SeedChats(2);
        client.Emulator.Faults.Next(EmulatorEndpoint.ListChats, 1, EmulatorFault.Status(503));

        var chats = await client.Chats.ListAsync();

        Assert.That(chats, Has.Count.EqualTo(2));
        Assert.That(client.RequestsTo(EmulatorEndpoint.ListChats), Is.EqualTo(2));
    }

    [Test]
    public async Task ChatsCreate_ConnectionDropsAfterTheServerCreatedIt_ThrowsDeliveryUnknownAndOneChatExists()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.CreateChat, 1, EmulatorFault.DropAfterProcessing());

        var error = Assert.ThrowsAsync<OmnideskDeliveryUnknownException>(
            () => client.Chats.CreateAsync(new CreateChatRequest { OwnerId = Owner, Title = "Refund" }))!;

        Assert.That(error.Operation, Is.EqualTo("chats.create"));
        Assert.That(error.Message, Does.StartWith("chats.create: delivery unknown — the request was sent but the connection was lost before the answer came"));
        Assert.That(client.Emulator.State.Chats, Has.Count.EqualTo(1));
        Assert.That(client.RequestsTo(EmulatorEndpoint.CreateChat), Is.EqualTo(1));
    }

    [Test]
    public async Task ChatsCreate_Through429_IsRetriedAndCreatesOneChat()
    {
        await using var client = await EmulatedClient.StartAsync();
        client.Emulator.Faults.Next(EmulatorEndpoint.CreateChat, 1, EmulatorFault.Status(429));

        var chat = await client.Chats.CreateAsync(new CreateChatRequest { OwnerId = Owner, Title = "Refund" });

        Assert.That(client.Emulator.State.Chats.Single().Id, Is.EqualTo(chat.Id));
        Assert.That(client.RequestsTo(EmulatorEndpoint.CreateChat), Is.EqualTo(2));
    }

    [Test]
    public async Task ChatsDelete_Through502_IsNotSentAgain()
    {
        await using var client = await EmulatedClient.StartAsync();
        var chat = client.Emulator.State.SeedChats(1).Single();
        client.Emulator.Faults.Next(EmulatorEndpoint.DeleteChat, 1, EmulatorFault.Status(502));

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => client.Chats.DeleteAsync(chat.Id))!;

        Assert.That((int)error.StatusCode, Is.EqualTo(502));
        Assert.That(client.RequestsTo(EmulatorEndpoint.DeleteChat), Is.EqualTo(1));
    }
}
