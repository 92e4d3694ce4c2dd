using WireMock.Matchers;
using WireMock.ResponseBuilders;
using static Omnidesk.Chat.Client.WireMockTests.Support.WireMockAccount;

namespace Omnidesk.Chat.Client.WireMockTests;

/// <summary>
/// The 9 calls of the v1 chats API against stubs written from Omnidesk's "Chats" API pages (docs/wire-format.md): each request matched by method,
/// path, query and the <c>authorization</c> header, and the JSON body where there is one; each answer built
/// from those pages' field lists.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChatsApiWireTests
{
    private static readonly Guid ChatId = Guid.Parse("7d3f0c1e-2a4b-4c6d-8e0f-1a2b3c4d5e6f");
    private static readonly Guid ChannelId = Guid.Parse("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");
    private static readonly Guid OwnerId = Guid.Parse("3f2b8a9e-6c1d-4e7f-9a0b-5c4d3e2f1a09");
    private static readonly Guid VersionId = Guid.Parse("6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d");

    [Test]
    public async Task List_SendsTheFiltersAndPageInTheQuery()
    {
        using var account = Start();
        account.Server.Given(V1("GET", "/api/v1/chats")
                .WithParam("channelIds", ChannelId.ToString())
                .WithParam("search", "refund")
                .WithParam("pageNumber", "2")
                .WithParam("pageSize", "5"))
            .RespondWith(Fixture("chats"));

        var chats = await account.CallAsync(() => account.Chats.ListAsync(new ChatListQuery { ChannelIds = [ChannelId], Search = "refund", PageNumber = 2, PageSize = 5 }));

        Assert.That(chats.Single().Id, Is.EqualTo(ChatId));
        Assert.That(chats.Single().Title, Is.EqualTo("Order 1042"));
    }

    [Test]
    public async Task ListAll_ReadsPagesUntilOneIsShort()
    {
        using var account = Start();
        account.Server.Given(V1("GET", "/api/v1/chats").WithParam("pageNumber", "1").WithParam("pageSize", "1")).RespondWith(Fixture("chats"));
        account.Server.Given(V1("GET", "/api/v1/chats").WithParam("pageNumber", "2").WithParam("pageSize", "1")).RespondWith(EmptyList());

        var chats = await account.CallAsync(() => account.Chats.ListAllAsync(new ChatListQuery { PageSize = 1 }).ToListAsync().AsTask());

        Assert.That(chats.Select(c => c.Id), Is.EqualTo(new[] { ChatId }));
        Assert.That(account.RequestsTo("/api/v1/chats"), Is.EqualTo(2));
    }

    [Test]
    public async Task ListDetails_SendsTheQuery()
    {
        using var account = Start();
        account.Server.Given(V1("GET", "/api/v1/chats/details").WithParam("search", "order").WithParam("pageSize", "10"))
            .RespondWith(Fixture("chats-details"));

        var details = await account.CallAsync(() => account.Chats.ListDetailsAsync(new ChatDetailsListQuery { Search = "order", PageSize = 10 }));

        Assert.That(details.Single().ResponderName, Is.EqualTo("Sam"));
        Assert.That(details.Single().TicketStatus.ToString(), Is.EqualTo("open"));
    }

    [Test]
    public async Task ListAllDetails_ReadsPagesUntilOneIsShort()
    {
        using var account = Start();
        account.Server.Given(V1("GET", "/api/v1/chats/details").WithParam("pageNumber", "1").WithParam("pageSize", "1")).RespondWith(Fixture("chats-details"));
        account.Server.Given(V1("GET", "/api/v1/chats/details").WithParam("pageNumber", "2").WithParam("pageSize", "1")).RespondWith(EmptyList());

        var details = await account.CallAsync(() => account.Chats.ListAllDetailsAsync(new ChatDetailsListQuery { PageSize = 1 }).ToListAsync().AsTask());

        Assert.That(details.Select(d => d.OwnerName), Is.EqualTo(new[] { "Jane Doe" }));
    }

    [Test]
    public async Task Get_AddressesTheChatById()
    {
        using var account = Start();
        account.Server.Given(V1("GET", $"/api/v1/chats/{ChatId}")).RespondWith(Fixture("chat"));

        var chat = await account.CallAsync(() => account.Chats.GetAsync(ChatId));

        Assert.That((chat.Id, chat.OwnerId, chat.ChannelId), Is.EqualTo((ChatId, OwnerId, (Guid?)ChannelId)));
    }

    [Test]
    public async Task GetDetails_SendsTheResponderVersion()
    {
        using var account = Start();
        account.Server.Given(V1("GET", $"/api/v1/chats/{ChatId}/details").WithParam("responderVersionId", VersionId.ToString()))
            .RespondWith(Fixture("chat-details"));

        var details = await account.CallAsync(() => account.Chats.GetDetailsAsync(ChatId, VersionId));

        Assert.That(details.LastMessageContent, Is.EqualTo("Thank you!"));
    }

    [Test]
    public async Task Create_PostsAllThreeFields()
    {
        using var account = Start();
        account.Server.Given(V1("POST", "/api/v1/chats")
                .WithHeader("Content-Type", new WildcardMatcher("application/json*"))
                .WithBody(new JsonMatcher($$"""{"channelId":"{{ChannelId}}","ownerId":"{{OwnerId}}","title":null}""")))
            .RespondWith(Fixture("chat"));

        var chat = await account.CallAsync(() => account.Chats.CreateAsync(new CreateChatRequest { ChannelId = ChannelId, OwnerId = OwnerId }));

        Assert.That(chat.Id, Is.EqualTo(ChatId));
    }

    [Test]
    public async Task Update_PatchesOnlyTheFieldsSet()
    {
        using var account = Start();
        account.Server.Given(V1("PATCH", $"/api/v1/chats/{ChatId}").WithBody(new JsonMatcher("""{"title":"Order 1042"}""")))
            .RespondWith(Fixture("chat"));

        var chat = await account.CallAsync(() => account.Chats.UpdateAsync(ChatId, new UpdateChatRequest { Title = "Order 1042" }));

        Assert.That(chat.Title, Is.EqualTo("Order 1042"));
    }

    [Test]
    public async Task Delete_AnswersTheMessage()
    {
        using var account = Start();
        account.Server.Given(V1("DELETE", $"/api/v1/chats/{ChatId}")).RespondWith(Fixture("chat-deleted"));

        var result = await account.CallAsync(() => account.Chats.DeleteAsync(ChatId));

        Assert.That(result.Message, Is.EqualTo("Chat removed."));
    }

    private static IResponseBuilder EmptyList() =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody("[]");
}
