using Omnidesk.Chat.Client.Http.Internal;

namespace Omnidesk.Chat.Client.Tests.Http;

/// <summary>The one writer of query strings: each name and value escaped, keys that repeat, values left out when null.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class QueryStringBuilderTests
{
    [Test]
    public void Add_TextNumbersTimesAndIds_WritesEachPairEscapedInOrder()
    {
        var query = new QueryStringBuilder()
            .Add("q", "a b&c=d/é?")
            .Add("page size", 42)
            .Add("from", new DateTimeOffset(2026, 12, 2, 3, 4, 5, TimeSpan.FromHours(2)))
            .Add("id", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"))
            .Add("min", int.MinValue);

        Assert.That(query.ToString(), Is.EqualTo(
            "?q=a%20b%26c%3Dd%2F%C3%A9%3F&page%20size=42&from=2026-12-02T03%3A04%3A05.0000000%2B02%3A00"
            + "&id=0f8fad5b-d9cb-469f-a165-70867728950e&min=-2147483648"));
        Assert.That(query.IsEmpty, Is.False);
    }

    [Test]
    public void Add_NullValues_LeavesThemOut()
    {
        var query = new QueryStringBuilder()
            .Add("text", (string?)null)
            .Add("number", (int?)null)
            .Add("time", (DateTimeOffset?)null)
            .Add("id", (Guid?)null)
            .AddEach<string>("each", null, value => value);

        Assert.That(query.IsEmpty, Is.True);
        Assert.That(query.ToString(), Is.Empty);
        Assert.That(query.AppendTo("https://x.example/", "api/v1/chats"), Is.EqualTo("https://x.example/api/v1/chats"));
    }

    [Test]
    public void AddEach_RepeatsTheKeyForEveryValue()
    {
        var query = new QueryStringBuilder().Add("status", "open").AddEach("channelIds", [3, 14], id => "c" + id);

        Assert.That(query.ToString(), Is.EqualTo("?status=open&channelIds=c3&channelIds=c14"));
    }

    [Test]
    public void Add_PastTheFirstBuffer_KeepsEverythingWritten()
    {
        var query = new QueryStringBuilder();
        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            var value = new string((char)('a' + (i % 26)), i * 7);
            query.Add("k" + i, value).Add("n" + i, i);
            expected.Append(i == 0 ? '?' : '&').Append("k").Append(i).Append('=').Append(value).Append("&n").Append(i).Append('=').Append(i);
        }

        Assert.That(query.ToString(), Is.EqualTo(expected.ToString()));
    }

    [Test]
    public void Add_AFirstValueLargerThanTheFirstBuffer_IsWrittenWhole()
    {
        // '€' is three UTF-8 bytes, nine characters escaped: the most one character can take.
        var value = new string('€', 700) + "😀";

        var query = new QueryStringBuilder().Add("message", value);

        Assert.That(query.ToString(), Is.EqualTo("?message=" + string.Concat(Enumerable.Repeat("%E2%82%AC", 700)) + "%F0%9F%98%80"));
    }

    [Test]
    public void AppendTo_WritesTheWholeAddressOnce_ThenTheBuilderIsSpent()
    {
        var query = new QueryStringBuilder().Add("pageNumber", 2).Add("pageSize", 10);

        var address = query.AppendTo("https://youraccount.omnidesk.com/", "api/v1/chats");

        Assert.That(address, Is.EqualTo("https://youraccount.omnidesk.com/api/v1/chats?pageNumber=2&pageSize=10"));
        Assert.That(query.ToString(), Is.Empty);
        Assert.That(query.IsEmpty, Is.True);
        Assert.Throws<ObjectDisposedException>(() => query.Add("again", "x"));
        Assert.Throws<ObjectDisposedException>(() => query.AppendTo("https://x.example/", "p"));
    }
}
