using System.Net;
using System.Text.Json;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.State;

[Parallelizable(ParallelScope.All)]
public sealed class ChatsStateTests
{
    private static readonly string[] ChatFields =
        ["id", "createdAt", "updatedAt", "isRemoved", "channelId", "currentResponderId", "lastChatMessageCreatedAt", "ownerId", "responderId", "title", "workspaceId"];

    private static readonly string[] DetailsFields =
    [
        "channelId", "channelName", "channelType", "createdAt", "id", "isOwnerBlocked", "isRemoved", "lastMessageContent",
        "lastMessageCreatedAt", "lastMessageRole", "ownerEmail", "ownerId", "ownerIdentifier", "ownerName",
        "penultimateMessageContent", "penultimateMessageCreatedAt", "penultimateMessageRole", "responderEntity", "responderId",
        "responderName", "responderPicture", "responderVersionId", "responderVersionNumber", "ticketId", "ticketStatus", "title",
        "workspaceId",
    ];

    [Test]
    public async Task ListChats_250ChatsPagedBy100_Gives100100And50()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedChats(250);
        using var http = Wire.Client(emulator);

        var pages = new List<string[]>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await Titles(http, $"api/v1/chats?pageSize=100&pageNumber={page}"));
        }

        Assert.That(pages.Select(p => p.Length), Is.EqualTo(new[] { 100, 100, 50, 0 }));
        Assert.That(pages[0][0], Is.EqualTo("Chat 001"));
        Assert.That(pages[2][^1], Is.EqualTo("Chat 250"));
        Assert.That(pages.SelectMany(p => p).Distinct().Count(), Is.EqualTo(250));
    }

    [Test]
    public async Task ListChats_NoPaging_GivesTheFirstTen()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedChats(12);
        using var http = Wire.Client(emulator);

        Assert.That(await Titles(http, "api/v1/chats"), Is.EqualTo(Enumerable.Range(1, 10).Select(i => $"Chat {i:000}")));
    }

    [Test]
    public async Task SeedChats_FillsDeterministicFields()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();

        var chats = emulator.State.SeedChats(2);

        Assert.That(chats[1].Id, Is.EqualTo(Guid.Parse("00000000-0000-4000-8000-000000000002")));
        Assert.That(chats[1].Title, Is.EqualTo("Chat 002"));
        Assert.That(chats[1].CreatedAt, Is.EqualTo(EmulatorState.SeedEpoch.AddMinutes(2)));
        Assert.That(chats[1].LastChatMessageCreatedAt, Is.GreaterThan(chats[0].LastChatMessageCreatedAt!.Value));
        Assert.That(chats[1].ChannelType, Is.EqualTo("widget"));
        Assert.That(chats[1].ResponderName, Is.Not.Empty);
    }

    [Test]
    public async Task ListChats_EachFilter_SelectsMatchingChats()
    {
        var otherChannel = Guid.Parse("11111111-1111-4111-8111-111111111111");
        var otherOwner = Guid.Parse("22222222-2222-4222-8222-222222222222");
        var otherResponder = Guid.Parse("33333333-3333-4333-8333-333333333333");
        var version = Guid.Parse("44444444-4444-4444-8444-444444444444");
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedChats(6, (i, chat) => i switch
        {
            0 => chat with { ChannelId = otherChannel, ChannelType = "whatsapp" },
            1 => chat with { OwnerId = otherOwner },
            2 => chat with { ResponderId = otherResponder, ResponderVersionId = version },
            3 => chat with { Title = "Refund QUESTION" },
            _ => chat,
        });
        using var http = Wire.Client(emulator);

        Assert.That(await Titles(http, $"api/v1/chats?channelIds={otherChannel}"), Is.EqualTo(new[] { "Chat 001" }));
        Assert.That(await Titles(http, "api/v1/chats?channelTypes=whatsapp&channelTypes=api"), Is.EqualTo(new[] { "Chat 001" }));
        Assert.That(await Titles(http, $"api/v1/chats?ownerIds={otherOwner}"), Is.EqualTo(new[] { "Chat 002" }));
        Assert.That(await Titles(http, $"api/v1/chats?responderIds={otherResponder}"), Is.EqualTo(new[] { "Chat 003" }));
        Assert.That(await Titles(http, $"api/v1/chats?responderVersionIds={version}"), Is.EqualTo(new[] { "Chat 003" }));
        Assert.That(await Titles(http, "api/v1/chats?search=refund%20question"), Is.EqualTo(new[] { "Refund QUESTION" }));
        Assert.That(
            await Titles(http, $"api/v1/chats?ownerIds={otherOwner}&ownerIds={EmulatorIds.OwnerId}&pageSize=100"),
            Has.Length.EqualTo(6));
        Assert.That(await Titles(http, $"api/v1/chats/details?channelIds={otherChannel}"), Is.EqualTo(new[] { "Chat 001" }));
        Assert.That(await Titles(http, "api/v1/chats/details?search=chat%2000"), Has.Length.EqualTo(5));
    }

    [Test]
    public async Task ListChats_LastMessageRange_IsInclusive()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var chats = emulator.State.SeedChats(5);
        using var http = Wire.Client(emulator);
        var start = Uri.EscapeDataString(chats[1].LastChatMessageCreatedAt!.Value.ToString("O"));
        var end = Uri.EscapeDataString(chats[3].LastChatMessageCreatedAt!.Value.ToOffset(TimeSpan.FromHours(2)).ToString("O"));

        var titles = await Titles(http, $"api/v1/chats?lastChatMessageCreatedAtStart={start}&lastChatMessageCreatedAtEnd={end}");

        Assert.That(titles, Is.EqualTo(new[] { "Chat 002", "Chat 003", "Chat 004" }));
    }

    [Test]
    public async Task CreateGetPatchDelete_ChangeTheChatAsDocumented()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        var channel = Guid.Parse("11111111-1111-4111-8111-111111111111");

        using var created = await http.SendAsync(Wire.V1(
            HttpMethod.Post, "api/v1/chats", Wire.Json($$"""{"channelId":"{{channel}}","ownerId":"{{EmulatorIds.OwnerId}}","title":"Order 42"}""")));
        var chat = await Wire.JsonOf(created);
        var id = chat.GetProperty("id").GetGuid();
        Assert.That(chat.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(ChatFields));
        Assert.That(chat.GetProperty("channelId").GetGuid(), Is.EqualTo(channel));
        Assert.That(chat.GetProperty("lastChatMessageCreatedAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(chat.GetProperty("isRemoved").GetBoolean(), Is.False);

        using var patchedTime = await http.SendAsync(Wire.V1(
            HttpMethod.Patch, $"api/v1/chats/{id}", Wire.Json("""{"lastChatMessageCreatedAt":"2026-02-03T04:05:06+01:00"}""")));
        var afterTime = await Wire.JsonOf(patchedTime);
        Assert.That(afterTime.GetProperty("title").GetString(), Is.EqualTo("Order 42"), "an absent key leaves the field unchanged");
        Assert.That(
            afterTime.GetProperty("lastChatMessageCreatedAt").GetDateTimeOffset(),
            Is.EqualTo(new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.FromHours(1))));

        using var cleared = await http.SendAsync(Wire.V1(HttpMethod.Patch, $"api/v1/chats/{id}", Wire.Json("""{"title":null}""")));
        Assert.That((await Wire.JsonOf(cleared)).GetProperty("title").ValueKind, Is.EqualTo(JsonValueKind.Null), "null clears");

        using var removed = await http.SendAsync(Wire.V1(HttpMethod.Delete, $"api/v1/chats/{id}"));
        Assert.That((await Wire.JsonOf(removed)).GetProperty("message").GetString(), Is.EqualTo("Chat removed."));

        using var fetched = await http.SendAsync(Wire.V1(HttpMethod.Get, $"api/v1/chats/{id}"));
        Assert.That((await Wire.JsonOf(fetched)).GetProperty("isRemoved").GetBoolean(), Is.True);
        Assert.That(await Titles(http, "api/v1/chats"), Is.Empty, "removed chats are left out of lists");
        Assert.That(await Titles(http, "api/v1/chats/details"), Is.Empty);
        using var removedAgain = await http.SendAsync(Wire.V1(HttpMethod.Delete, $"api/v1/chats/{id}"));
        Assert.That(removedAgain.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(emulator.State.FindChat(id)!.IsRemoved, Is.True);
    }

    [Test]
    public async Task GetChatDetails_WritesThe27FieldsFromState()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var chat = emulator.State.SeedChats(1, (_, c) => c with { OwnerEmail = "owner@example.com", ResponderVersionNumber = 3 })[0];
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(Wire.V1(HttpMethod.Get, $"api/v1/chats/{chat.Id}/details"));

        var details = await Wire.JsonOf(response);
        Assert.That(details.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(DetailsFields));
        Assert.That(details.GetProperty("id").GetGuid(), Is.EqualTo(chat.Id));
        Assert.That(details.GetProperty("ownerEmail").GetString(), Is.EqualTo("owner@example.com"));
        Assert.That(details.GetProperty("responderVersionNumber").GetInt32(), Is.EqualTo(3));
        Assert.That(details.GetProperty("lastMessageCreatedAt").GetDateTimeOffset(), Is.EqualTo(chat.LastChatMessageCreatedAt));
        Assert.That(details.GetProperty("ticketStatus").GetString(), Is.EqualTo("open"));
        Assert.That(details.GetProperty("responderVersionId").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task SeedChats_DuplicateConfiguredId_Throws()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var first = emulator.State.SeedChats(1)[0];

        Assert.That(
            () => emulator.State.SeedChats(1, (_, c) => c with { Id = first.Id }),
            Throws.InvalidOperationException.With.Message.Contains(first.Id.ToString()));
    }

    private static async Task<string[]> Titles(HttpClient http, string path)
    {
        using var response = await http.SendAsync(Wire.V1(HttpMethod.Get, path));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return [.. (await Wire.JsonOf(response)).EnumerateArray().Select(c => c.GetProperty("title").GetString()!)];
    }
}
