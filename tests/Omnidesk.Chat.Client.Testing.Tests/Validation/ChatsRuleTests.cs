using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.Validation;

/// <summary>The v1 rules of Omnidesk's v1 chats API reference: query parameters, uuids in the path and the JSON bodies.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChatsRuleTests
{
    [TestCase("api/v1/chats?pageSize=0", "pageSize: must be an integer from 1 to 100")]
    [TestCase("api/v1/chats?pageSize=101", "pageSize: must be an integer from 1 to 100")]
    [TestCase("api/v1/chats?pageSize=ten", "pageSize: must be an integer from 1 to 100")]
    [TestCase("api/v1/chats?pageNumber=0", "pageNumber: must be an integer of at least 1")]
    [TestCase("api/v1/chats?channelIds=not-a-uuid", "channelIds: must be a uuid")]
    [TestCase("api/v1/chats?ownerIds=00000000-0000-4000-8000-00000000e001&ownerIds=x", "ownerIds: must be a uuid")]
    [TestCase("api/v1/chats?responderIds=1", "responderIds: must be a uuid")]
    [TestCase("api/v1/chats?responderVersionIds=1", "responderVersionIds: must be a uuid")]
    [TestCase("api/v1/chats?channelTypes=sms", "channelTypes: must be one of widget, waha, whatsapp, instagram, api")]
    [TestCase("api/v1/chats?lastChatMessageCreatedAtStart=yesterday", "lastChatMessageCreatedAtStart: must be an ISO 8601 date-time")]
    [TestCase("api/v1/chats?lastChatMessageCreatedAtEnd=2026-13-01T00:00:00Z", "lastChatMessageCreatedAtEnd: must be an ISO 8601 date-time")]
    [TestCase("api/v1/chats/details?pageSize=101", "pageSize: must be an integer from 1 to 100")]
    [TestCase("api/v1/chats/details?channelIds=x", "channelIds: must be a uuid")]
    [TestCase("api/v1/chats/not-a-uuid", "id: must be a uuid")]
    [TestCase("api/v1/chats/123/details", "id: must be a uuid")]
    [TestCase("api/v1/chats/00000000-0000-4000-8000-000000000001/details?responderVersionId=v1", "responderVersionId: must be a uuid")]
    public async Task Get_BadParameter_Answers400NamingIt(string path, string expectedMessage)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        emulator.State.SeedChats(1);
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(Wire.V1(HttpMethod.Get, path));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((400, expectedMessage)));
    }

    [TestCase("""{"ownerId":"00000000-0000-4000-8000-00000000e001","title":null}""", "channelId: is required")]
    [TestCase("""{"channelId":null,"title":"t"}""", "ownerId: is required")]
    [TestCase("""{"channelId":null,"ownerId":null,"title":"t"}""", "ownerId: is required")]
    [TestCase("""{"channelId":null,"ownerId":"owner-1","title":"t"}""", "ownerId: must be a uuid")]
    [TestCase("""{"channelId":"c1","ownerId":"00000000-0000-4000-8000-00000000e001","title":"t"}""", "channelId: must be a uuid")]
    [TestCase("""{"channelId":null,"ownerId":"00000000-0000-4000-8000-00000000e001"}""", "title: is required")]
    [TestCase("""{"channelId":null,"ownerId":"00000000-0000-4000-8000-00000000e001","title":5}""", "title: must be a string or null")]
    [TestCase("""[1,2]""", "body: must be a JSON object")]
    [TestCase("""{"channelId":""", "body: must be a JSON object")]
    public async Task CreateChat_BadBody_Answers400NamingTheField(string json, string expectedMessage)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(Wire.V1(HttpMethod.Post, "api/v1/chats", Wire.Json(json)));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((400, expectedMessage)));
        Assert.That(emulator.State.Chats, Is.Empty);
    }

    [TestCase("""{"title":5}""", "title: must be a string or null")]
    [TestCase("""{"lastChatMessageCreatedAt":"soon"}""", "lastChatMessageCreatedAt: must be an ISO 8601 date-time")]
    [TestCase("""{"lastChatMessageCreatedAt":17}""", "lastChatMessageCreatedAt: must be an ISO 8601 date-time")]
    public async Task UpdateChat_BadBody_Answers400AndChangesNothing(string json, string expectedMessage)
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        var chat = emulator.State.SeedChats(1)[0];
        using var http = Wire.Client(emulator);

        using var response = await http.SendAsync(Wire.V1(HttpMethod.Patch, $"api/v1/chats/{chat.Id}", Wire.Json(json)));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((400, expectedMessage)));
        Assert.That(emulator.State.FindChat(chat.Id), Is.EqualTo(chat));
    }

    [TestCase("GET", "")]
    [TestCase("GET", "/details")]
    [TestCase("PATCH", "")]
    [TestCase("DELETE", "")]
    public async Task ChatById_UnknownId_Answers404(string method, string suffix)
    {
        const string id = "6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab";
        await using var emulator = await OmnideskEmulator.StartAsync();
        using var http = Wire.Client(emulator);
        var content = method == "PATCH" ? Wire.Json("{}") : null;

        using var response = await http.SendAsync(Wire.V1(new HttpMethod(method), $"api/v1/chats/{id}{suffix}", content));

        Assert.That(await Wire.ErrorOf(response), Is.EqualTo((404, $"Chat {id} not found.")));
    }
}
