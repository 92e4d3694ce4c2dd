namespace Omnidesk.Chat.Client.Tests.ChatsApi;

/// <summary>What the caller reads when an id is <see cref="Guid.Empty"/>: which id, and which item of a list.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChatsApiIdMessagesTests
{
    private static readonly Guid Id = Guid.Parse("00000000-0000-4000-8000-000000000001");

    [Test]
    public async Task GetAsync_EmptyId_SaysItIsNotAnId()
    {
        await using var harness = await ChatsHarness.StartAsync();

        var error = Assert.ThrowsAsync<OmnideskValidationException>(() => harness.Chats.GetAsync(Guid.Empty))!;

        Assert.That(error.Message, Does.StartWith(
            "id is invalid (a non-empty UUID): it is Guid.Empty (00000000-0000-0000-0000-000000000000), which is not an id."));
        Assert.That(harness.Requests, Is.Empty);
    }

    [Test]
    public async Task ListAsync_EmptyIdInAList_NamesTheItem()
    {
        await using var harness = await ChatsHarness.StartAsync();

        var error = Assert.ThrowsAsync<OmnideskValidationException>(() => harness.Chats.ListAsync(new ChatListQuery { OwnerIds = [Id, Id, Guid.Empty] }))!;

        Assert.That(error.Message, Does.StartWith(
            "ownerIds is invalid (non-empty UUIDs): item 2 is Guid.Empty (00000000-0000-0000-0000-000000000000), which is not an id."));
        Assert.That(harness.Requests, Is.Empty);
    }
}
