namespace Omnidesk.Chat.Client.Tests.ChatsApi;

/// <summary>
/// The edges of the documented paging ranges are accepted and sent as given: <c>pageSize</c> 1 and 100,
/// <c>pageNumber</c> 1 (the refusals just outside them are in <see cref="ChatsApiValidationTests"/>).
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChatsApiPageBoundsTests
{
    [TestCase(1)]
    [TestCase(100)]
    public async Task ListAsync_PageSizeAtTheEdgeOfTheRange_IsSentAndAnswersThatManyChats(int pageSize)
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(120);

        var chats = await harness.Chats.ListAsync(new ChatListQuery { PageNumber = 1, PageSize = pageSize });

        Assert.That(harness.Requests.Single().QueryString, Is.EqualTo($"?pageNumber=1&pageSize={pageSize}"));
        Assert.That(chats.Select(c => c.Title), Is.EqualTo(ChatsApiReadTests.Titles(1, pageSize)));
    }

    [TestCase(1)]
    [TestCase(100)]
    public async Task ListDetailsAsync_PageSizeAtTheEdgeOfTheRange_IsSentAndAnswersThatManyChats(int pageSize)
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(120);

        var chats = await harness.Chats.ListDetailsAsync(new ChatDetailsListQuery { PageNumber = 1, PageSize = pageSize });

        Assert.That(harness.Requests.Single().QueryString, Is.EqualTo($"?pageNumber=1&pageSize={pageSize}"));
        Assert.That(chats, Has.Count.EqualTo(pageSize));
    }

    [Test]
    public async Task ListAllAsync_PageSizeOne_WalksTheChatsOneRequestAtATime()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(2);

        var titles = new List<string?>();
        await foreach (var chat in harness.Chats.ListAllAsync(new ChatListQuery { PageSize = 1 }))
        {
            titles.Add(chat.Title);
        }

        Assert.That(titles, Is.EqualTo(ChatsApiReadTests.Titles(1, 2)));
        Assert.That(harness.Requests.Select(r => r.QueryString), Is.EqualTo(new[]
        {
            "?pageNumber=1&pageSize=1", "?pageNumber=2&pageSize=1", "?pageNumber=3&pageSize=1",
        }));
    }
}
