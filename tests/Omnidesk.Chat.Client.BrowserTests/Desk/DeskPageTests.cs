using System.Collections.ObjectModel;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Omnidesk.Chat.Client.BrowserTests.Support;

namespace Omnidesk.Chat.Client.BrowserTests.Desk;

/// <summary>The desk page itself: it reaches no other host, shows no secret, and works at 400 px with the keyboard alone.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DeskPageTests
{
    [Test]
    public async Task Desk_AfterAFullExchange_RequestedNoHostButTheEmulatorAndShowsNoSecret()
    {
        await using var fixture = await DeskFixture.StartAsync();
        await fixture.StartSessionAsync("order-1042");
        var desk = fixture.OpenDesk("order-1042");
        desk.Find(By.Id("reply")).SendKeys("Hello from the desk" + Keys.Enter);
        desk.WaitForText(By.Id("action-status"), "delivered");
        desk.Find(By.Id("typing")).Click();
        desk.WaitForText(By.Id("action-status"), "Typing was delivered");

        var origin = fixture.Emulator.BaseAddress.GetLeftPart(UriPartial.Authority);
        var requested = ((ReadOnlyCollection<object>)desk.Script(
            "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => e.name);")!)
            .Cast<string>().ToList();
        Assert.That(requested, Has.Some.EndsWith("/desk/desk.js").And.Some.EndsWith("/desk/desk.css").And.Some.Contains("/desk/api/message"));
        Assert.That(requested, Has.All.StartsWith(origin + "/"), "the desk requested another host");

        // Every address in the document is the emulator's own (the icon is an inline data: URL).
        var addresses = ((ReadOnlyCollection<object>)desk.Script(
            "return [...document.querySelectorAll('[src],[href],[action]')].map(e => e.src || e.href || e.action);")!)
            .Cast<string>().ToList();
        Assert.That(addresses, Has.Some.EndsWith("/desk/desk.js"), "the query found the page's own addresses");
        Assert.That(addresses, Has.All.StartsWith(origin + "/").Or.EqualTo("data:,"));

        var page = desk.Driver.PageSource;
        var options = fixture.Emulator.Options;
        foreach (var secret in new[] { options.ApiKey!, options.ChatsApiKey!, options.ChatAccountToken, options.ChatServerToken, fixture.Backend.HookpointToken })
        {
            Assert.That(page, Does.Not.Contain(secret));
        }

        Assert.That(desk.Find(By.Id("chat-meta")).Text, Does.Contain("hookpoints on " + fixture.Backend.ChatServer[..fixture.Backend.ChatServer.IndexOf("/omnidesk", StringComparison.Ordinal)]));
    }

    [Test]
    public async Task Desk_At400PixelsWide_FitsWithoutSideScrollAndEveryControlIsReachedByTab()
    {
        await using var fixture = await DeskFixture.StartAsync();
        await fixture.StartSessionAsync("order-1042");
        var desk = fixture.OpenDesk(width: 400, height: 900);
        var session = desk.WaitForText(By.CssSelector("#session-list .session"), "Zoe Nunez");

        // Keyboard only: focus the session, open it with Enter, then Tab through the controls.
        desk.Script("arguments[0].focus();", session);
        desk.Driver.SwitchTo().ActiveElement().SendKeys(Keys.Enter);
        desk.WaitForText(By.CssSelector("#transcript .entry.customer.message"), "crushed box");
        var reached = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            new Actions(desk.Driver).SendKeys(Keys.Tab).Perform(); // to the page, not the element: a file input takes keys as a path
            reached.Add(desk.Driver.SwitchTo().ActiveElement().GetAttribute("id") ?? "");
        }

        Assert.That(reached, Is.SupersetOf(new[] { "agent-name", "reply", "send", "typing", "file", "send-file", "end" }));

        var (scrollWidth, viewport) = ((long)desk.Script("return document.documentElement.scrollWidth;")!, (long)desk.Script("return window.innerWidth;")!);
        Assert.That(scrollWidth, Is.LessThanOrEqualTo(viewport), "the page scrolls sideways at 400 px");
        desk.Screenshot("desk-400px");
    }
}
