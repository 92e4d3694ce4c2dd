using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.ChatsApi;

[Parallelizable(ParallelScope.All)]
public sealed class ChatsApiWriteTests
{
    private static readonly Guid Owner = Guid.Parse("3f2b8a9e-6c1d-4e7f-9a0b-5c4d3e2f1a09");
    private static readonly Guid Channel = Guid.Parse("0c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f");

    [Test]
    public async Task CreateAsync_AllFields_PostsThemAsJsonAndReturnsTheNewChat()
    {
        await using var harness = await ChatsHarness.StartAsync();

        var chat = await harness.Chats.CreateAsync(new CreateChatRequest { ChannelId = Channel, OwnerId = Owner, Title = "Refund for order 1042" });

        var request = harness.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.Path, Is.EqualTo("/api/v1/chats"));
        Assert.That(request.ContentType, Is.EqualTo("application/json; charset=utf-8"));
        Assert.That(request.JsonBody, Is.EqualTo(
            """{"channelId":"0c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f","ownerId":"3f2b8a9e-6c1d-4e7f-9a0b-5c4d3e2f1a09","title":"Refund for order 1042"}"""));
        Assert.That(chat, Is.EqualTo(new Chat
        {
            Id = EmulatorIds.ChatId(1),
            CreatedAt = ChatsHarness.Now,
            UpdatedAt = ChatsHarness.Now,
            IsRemoved = false,
            ChannelId = Channel,
            CurrentResponderId = EmulatorIds.ResponderId,
            LastChatMessageCreatedAt = null,
            OwnerId = Owner,
            ResponderId = EmulatorIds.ResponderId,
            Title = "Refund for order 1042",
            WorkspaceId = EmulatorIds.WorkspaceId,
        }));
    }

    [Test]
    public async Task CreateAsync_OnlyOwner_SendsChannelAndTitleAsNull()
    {
        await using var harness = await ChatsHarness.StartAsync();

        var chat = await harness.Chats.CreateAsync(new CreateChatRequest { OwnerId = Owner });

        Assert.That(harness.Requests.Single().JsonBody, Is.EqualTo(
            """{"channelId":null,"ownerId":"3f2b8a9e-6c1d-4e7f-9a0b-5c4d3e2f1a09","title":null}"""));
        Assert.That(chat.ChannelId, Is.Null);
        Assert.That(chat.Title, Is.Null);
        Assert.That(chat.OwnerId, Is.EqualTo(Owner));
    }

    [Test]
    public async Task UpdateAsync_TitleAbsent_SendsOnlyTheSetFieldAndKeepsTheTitle()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(1);
        var lastMessage = new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.FromHours(2));

        var chat = await harness.Chats.UpdateAsync(EmulatorIds.ChatId(1), new UpdateChatRequest { LastChatMessageCreatedAt = lastMessage });

        var request = harness.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("PATCH"));
        Assert.That(request.Path, Is.EqualTo("/api/v1/chats/00000000-0000-4000-8000-000000000001"));
        Assert.That(request.JsonBody, Is.EqualTo("""{"lastChatMessageCreatedAt":"2026-03-14T10:00:00+02:00"}"""));
        Assert.That(chat.Title, Is.EqualTo("Chat 001"));
        Assert.That(chat.LastChatMessageCreatedAt, Is.EqualTo(lastMessage));
        Assert.That(chat.UpdatedAt, Is.EqualTo(ChatsHarness.Now));
    }

    [Test]
    public async Task UpdateAsync_TitleSet_SendsTheTitleAndKeepsTheOtherField()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(1);

        var chat = await harness.Chats.UpdateAsync(EmulatorIds.ChatId(1), new UpdateChatRequest { Title = "Billing question" });

        Assert.That(harness.Requests.Single().JsonBody, Is.EqualTo("""{"title":"Billing question"}"""));
        Assert.That(chat.Title, Is.EqualTo("Billing question"));
        Assert.That(chat.LastChatMessageCreatedAt, Is.EqualTo(EmulatorState.SeedEpoch.AddMinutes(1).AddSeconds(30)));
    }

    [Test]
    public async Task UpdateAsync_TitleExplicitlyNull_SendsNullAndClearsTheTitle()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(1);

        var chat = await harness.Chats.UpdateAsync(EmulatorIds.ChatId(1), new UpdateChatRequest { Title = null });

        Assert.That(harness.Requests.Single().JsonBody, Is.EqualTo("""{"title":null}"""));
        Assert.That(chat.Title, Is.Null);
        Assert.That(chat.LastChatMessageCreatedAt, Is.EqualTo(EmulatorState.SeedEpoch.AddMinutes(1).AddSeconds(30)));
    }

    [Test]
    public async Task UpdateAsync_BothFieldsNull_SendsBothAsNullAndClearsBoth()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(1);

        var chat = await harness.Chats.UpdateAsync(
            EmulatorIds.ChatId(1),
            new UpdateChatRequest { Title = Optional<string?>.Set(null), LastChatMessageCreatedAt = null });

        Assert.That(harness.Requests.Single().JsonBody, Is.EqualTo("""{"title":null,"lastChatMessageCreatedAt":null}"""));
        Assert.That(chat.Title, Is.Null);
        Assert.That(chat.LastChatMessageCreatedAt, Is.Null);
    }

    [Test]
    public async Task UpdateAsync_NothingSet_SendsAnEmptyObjectAndChangesNothing()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(1);

        var chat = await harness.Chats.UpdateAsync(EmulatorIds.ChatId(1), new UpdateChatRequest());

        Assert.That(harness.Requests.Single().JsonBody, Is.EqualTo("{}"));
        Assert.That(chat.Title, Is.EqualTo("Chat 001"));
        Assert.That(chat.LastChatMessageCreatedAt, Is.EqualTo(EmulatorState.SeedEpoch.AddMinutes(1).AddSeconds(30)));
    }

    [Test]
    public async Task DeleteAsync_ExistingChat_SendsDeleteAndReturnsTheServerMessage()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(2);

        var result = await harness.Chats.DeleteAsync(EmulatorIds.ChatId(2));

        var request = harness.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("DELETE"));
        Assert.That(request.Path, Is.EqualTo("/api/v1/chats/00000000-0000-4000-8000-000000000002"));
        Assert.That(request.JsonBody, Is.Null);
        Assert.That(result.Message, Is.EqualTo("Chat removed."));
        Assert.That(harness.Emulator.State.FindChat(EmulatorIds.ChatId(2))!.IsRemoved, Is.True);
    }

    [Test]
    public async Task DeleteAsync_ServerAnswersWithAnEmptyBody_ReturnsAnEmptyMessage()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(1);
        harness.Emulator.Faults.Next(EmulatorEndpoint.DeleteChat, 1, EmulatorFault.EmptyBody());

        var result = await harness.Chats.DeleteAsync(EmulatorIds.ChatId(1));

        Assert.That(result.Message, Is.Empty);
        Assert.That(harness.Emulator.State.FindChat(EmulatorIds.ChatId(1))!.IsRemoved, Is.True);
    }
}
