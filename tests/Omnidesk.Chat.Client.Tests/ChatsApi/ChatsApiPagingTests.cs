using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Tests.ChatsApi;

[Parallelizable(ParallelScope.All)]
public sealed class ChatsApiPagingTests
{
    [Test]
    public async Task ListAllAsync_250Chats_Makes3RequestsAndYieldsAllInOrder()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(250);

        var titles = new List<string?>();
        await foreach (var chat in harness.Chats.ListAllAsync())
        {
            titles.Add(chat.Title);
        }

        Assert.That(titles, Is.EqualTo(ChatsApiReadTests.Titles(1, 250)));
        Assert.That(harness.Requests.Select(r => $"{r.Method} {r.Path}{r.QueryString}"), Is.EqualTo(new[]
        {
            "GET /api/v1/chats?pageNumber=1&pageSize=100",
            "GET /api/v1/chats?pageNumber=2&pageSize=100",
            "GET /api/v1/chats?pageNumber=3&pageSize=100",
        }));
    }

    [Test]
    public async Task ListAllAsync_BreakAfter120_MakesExactly2Requests()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(250);

        var taken = new List<Chat>();
        await foreach (var chat in harness.Chats.ListAllAsync())
        {
            taken.Add(chat);
            if (taken.Count == 120)
            {
                break;
            }
        }

        Assert.That(taken.Select(c => c.Title), Is.EqualTo(ChatsApiReadTests.Titles(1, 120)));
        Assert.That(harness.Requests.Select(r => r.QueryString), Is.EqualTo(new[] { "?pageNumber=1&pageSize=100", "?pageNumber=2&pageSize=100" }));
    }

    [Test]
    public async Task ListAllAsync_NotEnumerated_SendsNothing()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(5);

        var chats = harness.Chats.ListAllAsync();
        await using var enumerator = chats.GetAsyncEnumerator();

        Assert.That(harness.Requests, Is.Empty);
        Assert.That(await enumerator.MoveNextAsync(), Is.True);
        Assert.That(harness.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ListAllAsync_ExactlyTwoFullPages_StopsAfterTheEmptyThirdPage()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(200);

        var count = 0;
        await foreach (var chat in harness.Chats.ListAllAsync())
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(200));
        Assert.That(harness.Requests.Select(r => r.QueryString), Is.EqualTo(new[]
        {
            "?pageNumber=1&pageSize=100", "?pageNumber=2&pageSize=100", "?pageNumber=3&pageSize=100",
        }));
    }

    [Test]
    public async Task ListAllAsync_QueryPageSizeAndFirstPage_StartsThereWithThatSizeAndKeepsFilters()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(25);

        var titles = new List<string?>();
        await foreach (var chat in harness.Chats.ListAllAsync(new ChatListQuery { Search = "Chat", PageNumber = 2, PageSize = 10 }))
        {
            titles.Add(chat.Title);
        }

        Assert.That(titles, Is.EqualTo(ChatsApiReadTests.Titles(11, 25)));
        Assert.That(harness.Requests.Select(r => r.QueryString), Is.EqualTo(new[]
        {
            "?search=Chat&pageNumber=2&pageSize=10", "?search=Chat&pageNumber=3&pageSize=10",
        }));
    }

    [Test]
    public async Task ListAllAsync_CancelledMidway_ThrowsOperationCanceledAndRequestsNoMorePages()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(250);
        using var cancellation = new CancellationTokenSource();

        var seen = 0;
        Assert.That(
            async () =>
            {
                await foreach (var chat in harness.Chats.ListAllAsync(cancellationToken: cancellation.Token))
                {
                    if (++seen == 50)
                    {
                        await cancellation.CancelAsync();
                    }
                }
            },
            Throws.InstanceOf<OperationCanceledException>());

        Assert.That(seen, Is.EqualTo(50));
        Assert.That(harness.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ListAllAsync_CancelledThroughWithCancellation_ThrowsOperationCanceled()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(150);
        using var cancellation = new CancellationTokenSource();

        var seen = 0;
        Assert.That(
            async () =>
            {
                await foreach (var chat in harness.Chats.ListAllAsync().WithCancellation(cancellation.Token))
                {
                    if (++seen == 100)
                    {
                        await cancellation.CancelAsync();
                    }
                }
            },
            Throws.InstanceOf<OperationCanceledException>());

        Assert.That(seen, Is.EqualTo(100));
        Assert.That(harness.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ListAllDetailsAsync_150Chats_Makes2RequestsAndYieldsAllInOrder()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(150);

        var titles = new List<string?>();
        await foreach (var details in harness.Chats.ListAllDetailsAsync(new ChatDetailsListQuery { Search = "chat" }))
        {
            titles.Add(details.Title);
        }

        Assert.That(titles, Is.EqualTo(ChatsApiReadTests.Titles(1, 150)));
        Assert.That(harness.Requests.Select(r => $"{r.Method} {r.Path}{r.QueryString}"), Is.EqualTo(new[]
        {
            "GET /api/v1/chats/details?search=chat&pageNumber=1&pageSize=100",
            "GET /api/v1/chats/details?search=chat&pageNumber=2&pageSize=100",
        }));
    }

    [Test]
    public async Task ListAllAsync_SecondPageFails_YieldsTheFirstPageThenThrowsTheApiError()
    {
        await using var harness = await ChatsHarness.StartAsync();
        harness.Emulator.State.SeedChats(150);

        var seen = 0;
        var error = Assert.ThrowsAsync<OmnideskApiException>(async () =>
        {
            await foreach (var chat in harness.Chats.ListAllAsync())
            {
                if (++seen == 100)
                {
                    harness.Emulator.Faults.Next(EmulatorEndpoint.ListChats, 1, EmulatorFault.Status(400));
                }
            }
        })!;

        Assert.That(seen, Is.EqualTo(100));
        Assert.That(error.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.BadRequest));
        Assert.That(error.Operation, Is.EqualTo("chats.list"));
        Assert.That(harness.Requests.Select(r => r.QueryString), Is.EqualTo(new[] { "?pageNumber=1&pageSize=100", "?pageNumber=2&pageSize=100" }));
    }
}
