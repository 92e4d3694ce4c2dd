namespace Omnidesk.Chat.Client.Tests.ChatsApi;

[Parallelizable(ParallelScope.All)]
public sealed class ChatsApiValidationTests
{
    private const string NonEmptyId = "a non-empty UUID";
    private const string NonEmptyIds = "non-empty UUIDs";
    private static readonly Guid Id = Guid.Parse("00000000-0000-4000-8000-000000000001");

    public static IEnumerable<TestCaseData> BrokenRules()
    {
        yield return Case("GetAsync, empty id", api => api.GetAsync(Guid.Empty), "id", NonEmptyId);
        yield return Case("GetDetailsAsync, empty id", api => api.GetDetailsAsync(Guid.Empty), "id", NonEmptyId);
        yield return Case("GetDetailsAsync, empty responder version", api => api.GetDetailsAsync(Id, Guid.Empty), "responderVersionId", NonEmptyId);
        yield return Case("UpdateAsync, empty id", api => api.UpdateAsync(Guid.Empty, new UpdateChatRequest { Title = "x" }), "id", NonEmptyId);
        yield return Case("DeleteAsync, empty id", api => api.DeleteAsync(Guid.Empty), "id", NonEmptyId);
        yield return Case("CreateAsync, empty owner", api => api.CreateAsync(new CreateChatRequest { OwnerId = Guid.Empty }), "ownerId", NonEmptyId);
        yield return Case("CreateAsync, empty channel", api => api.CreateAsync(new CreateChatRequest { OwnerId = Id, ChannelId = Guid.Empty }), "channelId", NonEmptyId);
        yield return Case("ListAsync, pageSize 0", api => api.ListAsync(new ChatListQuery { PageSize = 0 }), "pageSize", "1..100");
        yield return Case("ListAsync, pageSize 101", api => api.ListAsync(new ChatListQuery { PageSize = 101 }), "pageSize", "1..100");
        yield return Case("ListAsync, pageNumber 0", api => api.ListAsync(new ChatListQuery { PageNumber = 0 }), "pageNumber", ">= 1");
        yield return Case("ListAsync, empty channel id", api => api.ListAsync(new ChatListQuery { ChannelIds = [Id, Guid.Empty] }), "channelIds", NonEmptyIds);
        yield return Case("ListAsync, empty owner id", api => api.ListAsync(new ChatListQuery { OwnerIds = [Guid.Empty] }), "ownerIds", NonEmptyIds);
        yield return Case("ListAsync, empty responder id", api => api.ListAsync(new ChatListQuery { ResponderIds = [Guid.Empty] }), "responderIds", NonEmptyIds);
        yield return Case("ListAsync, empty responder version id", api => api.ListAsync(new ChatListQuery { ResponderVersionIds = [Guid.Empty] }), "responderVersionIds", NonEmptyIds);
        yield return Case("ListAsync, blank channel type", api => api.ListAsync(new ChatListQuery { ChannelTypes = [ChannelType.Widget, default] }), "channelTypes", "required");
        yield return Case("ListDetailsAsync, pageSize 101", api => api.ListDetailsAsync(new ChatDetailsListQuery { PageSize = 101 }), "pageSize", "1..100");
        yield return Case("ListDetailsAsync, pageNumber -1", api => api.ListDetailsAsync(new ChatDetailsListQuery { PageNumber = -1 }), "pageNumber", ">= 1");
        yield return Case("ListDetailsAsync, empty channel id", api => api.ListDetailsAsync(new ChatDetailsListQuery { ChannelIds = [Guid.Empty] }), "channelIds", NonEmptyIds);
        yield return Case("ListDetailsAsync, empty responder id", api => api.ListDetailsAsync(new ChatDetailsListQuery { ResponderIds = [Guid.Empty] }), "responderIds", NonEmptyIds);
        yield return Case("ListDetailsAsync, empty responder version id", api => api.ListDetailsAsync(new ChatDetailsListQuery { ResponderVersionIds = [Guid.Empty] }), "responderVersionIds", NonEmptyIds);
        yield return Case("ListAllAsync, pageSize 0", api => Enumerate(api.ListAllAsync(new ChatListQuery { PageSize = 0 })), "pageSize", "1..100");
        yield return Case("ListAllDetailsAsync, pageNumber 0", api => Enumerate(api.ListAllDetailsAsync(new ChatDetailsListQuery { PageNumber = 0 })), "pageNumber", ">= 1");
    }

    [TestCaseSource(nameof(BrokenRules))]
    public async Task Call_BrokenRule_ThrowsValidationExceptionBeforeAnyRequest(Func<IOmnideskChatsApi, Task> call, string field, string rule)
    {
        await using var harness = await ChatsHarness.StartAsync();

        var error = Assert.ThrowsAsync<OmnideskValidationException>(() => call(harness.Chats))!;

        Assert.That(error.Field, Is.EqualTo(field));
        Assert.That(error.ParamName, Is.EqualTo(field));
        Assert.That(error.Rule, Is.EqualTo(rule));
        Assert.That(error.Message, Does.StartWith($"{field} is invalid ({rule}): "));
        Assert.That(harness.Requests, Is.Empty);
    }

    [Test]
    public async Task ListAsync_PageSize101_SaysWhatIsWrong()
    {
        await using var harness = await ChatsHarness.StartAsync();

        var error = Assert.ThrowsAsync<OmnideskValidationException>(() => harness.Chats.ListAsync(new ChatListQuery { PageSize = 101 }))!;

        Assert.That(error.Message, Does.StartWith("pageSize is invalid (1..100): 101 is outside 1..100."));
    }

    [Test]
    public async Task ListAllAsync_BrokenRule_ThrowsWhenCalledNotWhenEnumerated()
    {
        await using var harness = await ChatsHarness.StartAsync();

        Assert.That(() => harness.Chats.ListAllAsync(new ChatListQuery { PageSize = 500 }), Throws.TypeOf<OmnideskValidationException>());
        Assert.That(() => harness.Chats.ListAllDetailsAsync(new ChatDetailsListQuery { PageSize = 500 }), Throws.TypeOf<OmnideskValidationException>());
        Assert.That(harness.Requests, Is.Empty);
    }

    [Test]
    public async Task CreateAndUpdate_NullRequest_ThrowArgumentNullBeforeAnyRequest()
    {
        await using var harness = await ChatsHarness.StartAsync();

        Assert.That(() => harness.Chats.CreateAsync(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("request"));
        Assert.That(() => harness.Chats.UpdateAsync(Id, null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("request"));
        Assert.That(harness.Requests, Is.Empty);
    }

    private static TestCaseData Case(string name, Func<IOmnideskChatsApi, Task> call, string field, string rule) =>
        new TestCaseData(call, field, rule).SetName($"Call_BrokenRule_ThrowsValidationExceptionBeforeAnyRequest({name})");

    private static async Task Enumerate<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var item in items)
        {
        }
    }
}
