using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Omnidesk.Chat.Client.WireMockTests.Support;

/// <summary>
/// A WireMock.Net server standing in for one Omnidesk account (and its chat service), and the clients wired to
/// it the way a user does it (<c>AddOmnideskChat()</c>). The stubs are written in each test from Omnidesk's API
/// documents: a request that matches none fails the test with WireMock's own account of the closest mapping.
/// </summary>
internal sealed class WireMockAccount : IDisposable
{
    public const string ApiKey = "wm0api0key0a1b2c3d4e5f6";
    public const string ChatsApiKey = "wm0chats0key0f6e5d4c3b2a1";
    public const string ChatAccountToken = "a1b2c3d4e5f6a7b8c9d0";
    public const string ChatServerToken = "c0ffee00c0ffee00c0ffee00";
    public const string ChatServer = "https://bot.example.com/omnidesk/hooks";

    private readonly ServiceProvider _services;

    private WireMockAccount(Action<OmnideskResilienceOptions>? resilience)
    {
        Server = WireMockServer.Start();
        var services = new ServiceCollection();
        services.AddOmnideskChat(o =>
        {
            o.BaseAddress = new Uri(Server.Url! + "/");
            o.ChatServiceAddress = new Uri(Server.Url! + "/chat-service/");
            o.ApiKey = ApiKey;
            o.ChatsApiKey = ChatsApiKey;
            o.ChatAccountToken = ChatAccountToken;
            o.ChatServerToken = ChatServerToken;
            o.ChatServer = ChatServer;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(20);
            resilience?.Invoke(o.Resilience);
        });
        _services = services.BuildServiceProvider(validateScopes: true);
        Chat = _services.GetRequiredService<IOmnideskChatApi>();
        Chats = _services.GetRequiredService<IOmnideskChatsApi>();
    }

    public WireMockServer Server { get; }

    public IOmnideskChatApi Chat { get; }

    public IOmnideskChatsApi Chats { get; }

    public static WireMockAccount Start(Action<OmnideskResilienceOptions>? resilience = null) => new(resilience);

    /// <summary>A v2 form POST to <c>/api/v2/chat/{operation}</c> (or another path), authenticated by the <c>apiKey</c> header, with these fields.</summary>
    public static IRequestBuilder V2Form(string path, params (string Name, string Value)[] fields)
    {
        var request = Request.Create().UsingPost().WithPath(path).WithHeader("apiKey", ApiKey, MatchBehaviour.AcceptOnMatch);
        return fields.Length == 0 ? request : request.WithMultiPart([.. fields.Select(f => Field(f.Name, f.Value))], MatchBehaviour.AcceptOnMatch, MatchOperator.And);
    }

    /// <summary>A v1 call, authenticated by the raw key in the <c>authorization</c> header.</summary>
    public static IRequestBuilder V1(string method, string path) =>
        Request.Create().UsingMethod(method).WithPath(path).WithHeader("authorization", ChatsApiKey, MatchBehaviour.AcceptOnMatch);

    /// <summary>One text part: <c>Content-Disposition: form-data; name="..."</c> and exactly this value.</summary>
    public static IMatcher Field(string name, string value) => new MimePartMatcher(
        MatchBehaviour.AcceptOnMatch,
        contentTypeMatcher: null,
        new RegexMatcher($"^form-data; name=\"?{Regex.Escape(name)}\"?$"),
        contentTransferEncodingMatcher: null,
        new ExactMatcher(value));

    /// <summary>A file part named <c>file</c>, with its file name, content type and bytes.</summary>
    public static IMatcher FilePart(string fileName, string contentType, byte[] content) => new MimePartMatcher(
        MatchBehaviour.AcceptOnMatch,
        new ContentTypeMatcher(contentType),
        new RegexMatcher($"^form-data; name=\"?file\"?; filename=\"?{Regex.Escape(fileName)}\"?$"),
        contentTransferEncodingMatcher: null,
        new ExactObjectMatcher(content));

    /// <summary>200 with a fixture file's JSON, as Omnidesk answers.</summary>
    public static IResponseBuilder Fixture(string name) => Response.Create()
        .WithStatusCode(200)
        .WithHeader("Content-Type", "application/json; charset=utf-8")
        .WithBody(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name + ".json")));

    /// <summary>
    /// Makes a call and then checks that WireMock matched every request it got, so that a request no stub
    /// matches fails with WireMock's description rather than with the client's view of the 404 it answered.
    /// </summary>
    public async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        finally
        {
            AssertEveryRequestMatched();
        }
    }

    /// <summary>How many requests WireMock logged on <paramref name="path"/>.</summary>
    public int RequestsTo(string path) => Server.LogEntries.Count(e => e.RequestMessage.Path == path);

    /// <summary>
    /// Waits until WireMock has logged <paramref name="expected"/> requests on <paramref name="path"/> (it logs a
    /// request when its delayed answer is written, after the client gave up on it), then checks that each matched
    /// a stub and that no further one came; fails naming the count when they do not arrive within 10 s.
    /// </summary>
    public async Task AssertRequestsToAsync(string path, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (RequestsTo(path) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await Task.Delay(200); // room for a request too many to show up
        AssertEveryRequestMatched();
        Assert.That(RequestsTo(path), Is.EqualTo(expected), $"requests WireMock logged on {path}");
    }

    /// <summary>Fails with WireMock's description of every logged request that matched no stub: the closest mapping and each matcher's score.</summary>
    public void AssertEveryRequestMatched()
    {
        var unmatched = Server.LogEntries.Where(e => e.MappingGuid is null).ToArray();
        if (unmatched.Length == 0)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var entry in unmatched)
        {
            text.AppendLine($"{entry.RequestMessage.Method} {entry.RequestMessage.Url} matched no stub; closest: '{entry.PartialMappingTitle ?? entry.PartialMappingGuid?.ToString() ?? "none"}'");
            if (entry.RequestMessage.Body is { Length: > 0 } body)
            {
                text.AppendLine($"  body: {body[..Math.Min(body.Length, 600)]}");
            }

            foreach (var detail in entry.PartialMatchResult?.MatchDetails ?? [])
            {
                text.AppendLine($"  {detail.MatcherType.Name}: score {detail.Score}{(detail.Exception is { } error ? $" ({error.Message})" : string.Empty)}");
            }
        }

        Assert.Fail(text.ToString());
    }

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
