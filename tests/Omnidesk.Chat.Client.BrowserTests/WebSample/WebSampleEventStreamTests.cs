using System.Net.Http.Json;
using OpenQA.Selenium;
using Omnidesk.Chat.Client.BrowserTests.Support;

namespace Omnidesk.Chat.Client.BrowserTests.WebSample;

/// <summary>
/// The page's stream of the agent's side (the SDK's <c>MapOmnideskConversationEvents</c>) in a real browser: cut by the
/// server, EventSource comes back with <c>Last-Event-ID</c> and the page shows every agent line once, in order; and
/// the stream of a chat the browser did not open is refused.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class WebSampleEventStreamTests
{
    private static readonly string[] AgentLines = ["Line 1 of 4: hello", "Line 2 of 4: checking", "Line 3 of 4: found it", "Line 4 of 4: it ships today"];

    [TestCase(true, TestName = "EventStream_CutRightAfterAnAgentLineReachedThePage_ReconnectsWithLastEventId_ShowsEveryLineOnceInOrder")]
    [TestCase(false, TestName = "EventStream_CutRightAfterAnAgentLineWasWrittenButNeverSent_ReconnectsWithLastEventId_ShowsEveryLineOnceInOrder")]
    public async Task EventStream_Cut_PageResumes(bool delivered)
    {
        var cutter = new EventStreamCutter("Line 2 of 4", delivered);
        await using var fixture = await WebSampleFixture.StartAsync(cutter.Use);
        var customer = fixture.OpenCustomer();
        customer.Find(By.Id("name")).SendKeys("Zoë");
        customer.Find(By.Id("handover")).Click();
        customer.WaitForText(By.CssSelector("#lines .line.connected"), "You are now connected to our team");
        var sessionId = (string)customer.Script("return sessionStorage.getItem('chat-session');")!;
        customer.WaitFor(_ => !cutter.Connections.IsEmpty, "the page's event stream opened");

        // The page has line 1 before line 2 is written and the connection cut right after it (with line 2 delivered
        // or not); lines 3 and 4 come while the page is away or reconnecting.
        var agent = fixture.Sample.Emulator!.Agent;
        await agent.SendMessageAsync(sessionId, AgentLines[0], "Anna");
        customer.WaitForText(By.CssSelector("#lines .line.agent"), "Line 1 of 4");
        await agent.SendMessageAsync(sessionId, AgentLines[1], "Anna");
        if (delivered)
        {
            customer.WaitForText(By.CssSelector("#lines .line.agent"), "Line 2 of 4");
        }

        customer.WaitForText(By.Id("connection"), "reconnecting");
        customer.Screenshot(delivered ? "reconnecting" : "reconnecting-after-lost-event");
        await agent.SendMessageAsync(sessionId, AgentLines[2], "Anna");
        await agent.SendMessageAsync(sessionId, AgentLines[3], "Anna");

        customer.WaitForText(By.CssSelector("#lines .line.agent"), "Line 4 of 4");
        customer.WaitFor(d => !d.FindElement(By.Id("connection")).Displayed, "the reconnecting notice gone");
        await Task.Delay(500); // a repeated line would show up by now
        var agentLines = customer.Driver.FindElements(By.CssSelector("#lines .line.agent .text")).Select(e => e.Text).ToList();
        var joined = customer.Driver.FindElements(By.CssSelector("#lines .line.joined")).Count;
        customer.Screenshot(delivered ? "reconnected" : "reconnected-after-lost-event");

        Assert.That(cutter.HasCut, Is.True, "the server cut the stream");
        Assert.That(cutter.Connections.ToArray(), Has.Length.GreaterThanOrEqualTo(2).And.Some.Not.Null, "the page came back with Last-Event-ID; it shows: " + string.Join(" / ", agentLines));
        Assert.That(cutter.Connections.ToArray()[1], Is.EqualTo(delivered ? "3" : "2"), "event 1 is Anna joining, 2 and 3 her first lines");
        Assert.That(agentLines, Is.EqualTo(AgentLines), "every agent line once, in order");
        Assert.That(joined, Is.EqualTo(1));
    }

    [Test]
    public async Task Reload_AfterTheAgentAnswered_ShowsTheAppsLinesAndTheAgentsOnceInTimeOrder()
    {
        await using var fixture = await WebSampleFixture.StartAsync();
        var customer = fixture.OpenCustomer();
        customer.Find(By.Id("message")).SendKeys("When are you open?" + Keys.Enter);
        customer.WaitForText(By.CssSelector("#lines .line.bot"), "Monday to Friday");
        customer.Find(By.Id("handover")).Click();
        customer.WaitForText(By.CssSelector("#lines .line.connected"), "You are now connected to our team");
        var sessionId = (string)customer.Script("return sessionStorage.getItem('chat-session');")!;
        await fixture.Sample.Emulator!.Agent.SendMessageAsync(sessionId, "Hello, Anna here", "Anna");
        customer.WaitForText(By.CssSelector("#lines .line.agent"), "Hello, Anna here");
        customer.Find(By.Id("message")).SendKeys("Thanks!" + Keys.Enter);
        customer.WaitForText(By.CssSelector("#lines .line.customer"), "Thanks!");
        var before = Lines(customer);

        customer.Driver.Navigate().Refresh();
        customer.WaitForText(By.CssSelector("#lines .line.agent"), "Hello, Anna here");
        customer.WaitForText(By.CssSelector("#lines .line.customer"), "Thanks!");
        await Task.Delay(500);
        var after = Lines(customer);

        Assert.That(before.Select(l => l.Kind), Is.EqualTo(new[] { "bot", "customer", "bot", "connected", "joined", "agent", "customer" }));
        Assert.That(after, Is.EqualTo(before), "the same lines, once each, in the same order");
    }

    [Test]
    public async Task EventStream_OfAChatThisBrowserDidNotOpen_IsRefused()
    {
        await using var fixture = await WebSampleFixture.StartAsync();
        var customer = fixture.OpenCustomer();
        using var other = new HttpClient { BaseAddress = fixture.Sample.CustomerPage };
        using var created = await other.PostAsJsonAsync("api/chat", new { });
        var otherId = (await created.Content.ReadFromJsonAsync<Created>())!.SessionId;
        using var handover = await other.PostAsJsonAsync($"api/chat/{otherId}/handover", new { name = "Mallory" });
        await fixture.Sample.Emulator!.Agent.SendMessageAsync(otherId, "Your order goes to 1 Main Street", "Anna");

        var noCookie = Status(customer, $"/api/chat/{otherId}/events");
        customer.Script($"document.cookie = 'chat-owner=forged; path=/api/chat/{otherId}';");
        var forgedCookie = Status(customer, $"/api/chat/{otherId}/events");
        var unknownChat = Status(customer, "/api/chat/web-0000000000000000/events");

        Assert.That(handover.IsSuccessStatusCode, Is.True);
        Assert.That((noCookie, forgedCookie, unknownChat), Is.EqualTo((401L, 403L, 404L)));
    }

    private static List<(string Kind, string Text)> Lines(Browser browser) =>
        [.. browser.Driver.FindElements(By.CssSelector("#lines .line")).Select(e => (e.GetAttribute("data-kind")!, e.Text))];

    private static long Status(Browser browser, string path) =>
        (long)browser.Driver.ExecuteAsyncScript(
            "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status), () => done(-1));", path)!;

    private sealed record Created(string SessionId);
}
