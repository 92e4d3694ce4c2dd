using System.Net;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.ChatsApi;

[Parallelizable(ParallelScope.All)]
public sealed class ChatsApiReadTests
{
    private static readonly Guid TicketOfChat2 = Guid.Parse("00000000-0000-4000-8000-d00000000002");

    [Test]
    public async Task GetAsync_AnswerIsJsonNull_ThrowsRatherThanReturningNoChat()
    {
        await using var server = await FixtureServer.StartAsync("/api/v1/chats/{id}", "chat.null.json");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => server.Chats.GetAsync(EmulatorIds.ChatId(2)))!;

        Assert.That(error.Message, Is.EqualTo(
            "chats.get failed: Omnidesk answered 200 with a body that is not the JSON expected, so it is not known what the server did. The body is in ResponseBody."));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(error.ResponseBody, Is.EqualTo("null"));
        Assert.That(error.InnerException, Is.Null);
    }

    [Test]
    public async Task GetAsync_ExistingChat_SendsGetWithKeyAndReturnsTypedChat()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(3);

        var chat = await harness.Chats.GetAsync(EmulatorIds.ChatId(2));

        var request = harness.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Path, Is.EqualTo("/api/v1/chats/00000000-0000-4000-8000-000000000002"));
        Assert.That(request.QueryString, Is.Empty);
        Assert.That(request.JsonBody, Is.Null);
        Assert.That(request.Headers["authorization"], Is.EqualTo("emulator-chats-key-0001"));
        Assert.That(chat, Is.EqualTo(new Chat
        {
            Id = EmulatorIds.ChatId(2),
            CreatedAt = EmulatorState.SeedEpoch.AddMinutes(2),
            UpdatedAt = EmulatorState.SeedEpoch.AddMinutes(2),
            IsRemoved = false,
            ChannelId = EmulatorIds.ChannelId,
            CurrentResponderId = EmulatorIds.ResponderId,
            LastChatMessageCreatedAt = EmulatorState.SeedEpoch.AddMinutes(2).AddSeconds(30),
            OwnerId = EmulatorIds.OwnerId,
            ResponderId = EmulatorIds.ResponderId,
            Title = "Chat 002",
            WorkspaceId = EmulatorIds.WorkspaceId,
        }));
    }

    [Test]
    public async Task GetDetailsAsync_ExistingChat_ReturnsAll27Fields()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(3);

        var details = await harness.Chats.GetDetailsAsync(EmulatorIds.ChatId(2));

        var request = harness.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Path, Is.EqualTo("/api/v1/chats/00000000-0000-4000-8000-000000000002/details"));
        Assert.That(request.QueryString, Is.Empty);
        Assert.That(details, Is.EqualTo(ExpectedDetailsOfChat2()));
    }

    [Test]
    public async Task GetDetailsAsync_WithResponderVersion_SendsItInTheQuery()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(2);
        var version = Guid.Parse("5d1a8c8e-0f5b-4a36-9c61-3b2f1a7e9d40");

        var details = await harness.Chats.GetDetailsAsync(EmulatorIds.ChatId(2), version);

        var request = harness.Requests.Single();
        Assert.That(request.Path, Is.EqualTo("/api/v1/chats/00000000-0000-4000-8000-000000000002/details"));
        Assert.That(request.QueryString, Is.EqualTo("?responderVersionId=5d1a8c8e-0f5b-4a36-9c61-3b2f1a7e9d40"));
        Assert.That(details.Title, Is.EqualTo("Chat 002"));
    }

    [Test]
    public async Task ListAsync_NoQuery_SendsNoQueryStringAndReturnsServerDefaultPage()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(12);

        var chats = await harness.Chats.ListAsync();

        var request = harness.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Path, Is.EqualTo("/api/v1/chats"));
        Assert.That(request.QueryString, Is.Empty);
        Assert.That(chats.Select(c => c.Title), Is.EqualTo(Titles(1, 10)));
    }

    [Test]
    public async Task ListAsync_EveryFilter_SendsRepeatedKeysAndIsoTimesAndReturnsTheMatches()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(12);
        var otherChannel = Guid.Parse("9b2e6f1c-3d4a-4e5b-8c7d-1a2b3c4d5e6f");

        var chats = await harness.Chats.ListAsync(new ChatListQuery
        {
            ChannelIds = [EmulatorIds.ChannelId, otherChannel],
            ChannelTypes = [ChannelType.Widget, ChannelType.Api],
            OwnerIds = [EmulatorIds.OwnerId],
            ResponderIds = [EmulatorIds.ResponderId],
            Search = "Chat 0",
            LastChatMessageCreatedAtStart = EmulatorState.SeedEpoch.AddMinutes(3),
            LastChatMessageCreatedAtEnd = new DateTimeOffset(2026, 1, 1, 3, 8, 30, TimeSpan.FromHours(3)),
            PageNumber = 1,
            PageSize = 5,
        });

        Assert.That(harness.Requests.Single().QueryString, Is.EqualTo(
            "?channelIds=00000000-0000-4000-8000-00000000c001&channelIds=9b2e6f1c-3d4a-4e5b-8c7d-1a2b3c4d5e6f" +
            "&channelTypes=widget&channelTypes=api" +
            "&ownerIds=00000000-0000-4000-8000-00000000e001" +
            "&responderIds=00000000-0000-4000-8000-00000000b001" +
            "&search=Chat%200" +
            "&lastChatMessageCreatedAtStart=2026-01-01T00%3A03%3A00.0000000%2B00%3A00" +
            "&lastChatMessageCreatedAtEnd=2026-01-01T03%3A08%3A30.0000000%2B03%3A00" +
            "&pageNumber=1&pageSize=5"));
        Assert.That(chats.Select(c => c.Title), Is.EqualTo(Titles(3, 7)));
    }

    [Test]
    public async Task ListAsync_ALongCyrillicSearch_ReachesTheServerWhole()
    {
        await using var harness = await ChatsHarness.StartAsync();
        var search = "заказ №1042 не пришёл, курьер не позвонил, верните деньги за посылку"; // 68 characters; Cyrillic ones escape to six

        await harness.Chats.ListAsync(new ChatListQuery { Search = search });

        Assert.That(harness.Requests.Single().Query["search"], Is.EqualTo(new[] { search }));
        Assert.That(harness.Requests.Single().QueryString, Is.EqualTo("?search=" + Uri.EscapeDataString(search)));
    }

    [Test]
    public async Task ListAsync_ResponderVersionIds_SendsEachAsARepeatedKey()
    {
        await using var harness = await ChatsHarness.StartAsync();
        var versionA = Guid.Parse("11111111-1111-4111-8111-111111111111");
        var versionB = Guid.Parse("22222222-2222-4222-8222-222222222222");
        harness.Emulator.State.SeedChats(4, (i, chat) => chat with { ResponderVersionId = i == 3 ? null : i % 2 == 0 ? versionA : versionB });

        var chats = await harness.Chats.ListAsync(new ChatListQuery { ResponderVersionIds = [versionA, versionB] });

        Assert.That(harness.Requests.Single().QueryString, Is.EqualTo(
            "?responderVersionIds=11111111-1111-4111-8111-111111111111&responderVersionIds=22222222-2222-4222-8222-222222222222"));
        Assert.That(chats.Select(c => c.Title), Is.EqualTo(Titles(1, 3)));
    }

    [Test]
    public async Task ListDetailsAsync_FiltersAndPage_SendsDocumentedKeysAndReturnsDetails()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(5);

        var page = await harness.Chats.ListDetailsAsync(new ChatDetailsListQuery
        {
            ChannelIds = [EmulatorIds.ChannelId],
            ResponderIds = [EmulatorIds.ResponderId],
            Search = "chat",
            PageNumber = 1,
            PageSize = 2,
        });

        var request = harness.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("GET"));
        Assert.That(request.Path, Is.EqualTo("/api/v1/chats/details"));
        Assert.That(request.QueryString, Is.EqualTo(
            "?channelIds=00000000-0000-4000-8000-00000000c001&responderIds=00000000-0000-4000-8000-00000000b001&search=chat&pageNumber=1&pageSize=2"));
        Assert.That(page, Has.Count.EqualTo(2));
        Assert.That(page[1], Is.EqualTo(ExpectedDetailsOfChat2()));
    }

    [TestCase("get")]
    [TestCase("getDetails")]
    [TestCase("update")]
    [TestCase("delete")]
    public async Task SingleChatCalls_UnknownId_ThrowApiExceptionWith404AndServerMessage(string call)
    {
        await using var harness = await ChatsHarness.StartAsync();
        var unknown = Guid.Parse("6f9619ff-8b86-4d01-b42d-00cf4fc964ff");

        var error = Assert.ThrowsAsync<OmnideskApiException>(() => call switch
        {
            "get" => harness.Chats.GetAsync(unknown),
            "getDetails" => harness.Chats.GetDetailsAsync(unknown),
            "update" => harness.Chats.UpdateAsync(unknown, new UpdateChatRequest { Title = "x" }),
            _ => harness.Chats.DeleteAsync(unknown),
        })!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.ServerMessage, Is.EqualTo("Chat 6f9619ff-8b86-4d01-b42d-00cf4fc964ff not found."));
        Assert.That(error.Operation, Is.EqualTo("chats." + call));
        Assert.That(error.Message, Is.EqualTo($"chats.{call} failed with 404: Chat 6f9619ff-8b86-4d01-b42d-00cf4fc964ff not found."));
    }

    internal static IEnumerable<string> Titles(int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(n => $"Chat {n:000}");

    private static ChatDetails ExpectedDetailsOfChat2()
    {
        var createdAt = EmulatorState.SeedEpoch.AddMinutes(2);
        return new ChatDetails
        {
            ChannelId = EmulatorIds.ChannelId,
            ChannelName = "Website widget",
            ChannelType = ChannelType.Widget,
            CreatedAt = createdAt,
            Id = EmulatorIds.ChatId(2),
            IsOwnerBlocked = false,
            IsRemoved = false,
            LastMessageContent = "Agent reply in chat 002",
            LastMessageCreatedAt = createdAt.AddSeconds(30),
            LastMessageRole = ChatMessageRole.Agent,
            OwnerEmail = null,
            OwnerId = EmulatorIds.OwnerId,
            OwnerIdentifier = "customer-002",
            OwnerName = "Customer 002",
            PenultimateMessageContent = "Customer question in chat 002",
            PenultimateMessageCreatedAt = createdAt.AddSeconds(10),
            PenultimateMessageRole = ChatMessageRole.User,
            ResponderEntity = ResponderEntity.Agent,
            ResponderId = EmulatorIds.ResponderId,
            ResponderName = "Emulator Agent",
            ResponderPicture = null,
            ResponderVersionId = null,
            ResponderVersionNumber = null,
            TicketId = TicketOfChat2,
            TicketStatus = TicketStatus.Open,
            Title = "Chat 002",
            WorkspaceId = EmulatorIds.WorkspaceId,
        };
    }
}
