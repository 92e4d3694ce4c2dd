using OpenQA.Selenium;
using Omnidesk.Chat.Client.BrowserTests.Support;

namespace Omnidesk.Chat.Client.BrowserTests.Desk;

/// <summary>The desk's queue: who waits for an agent, in <c>requestChatQueue</c>'s order, and for how long.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DeskQueueTests
{
    [Test]
    public async Task Desk_TwoCustomersWaitThenTheAgentAnswersTheFirst_QueueCountsTheWaitAndMovesUp()
    {
        await using var fixture = await DeskFixture.StartAsync();
        await fixture.StartSessionAsync("order-1042");
        await fixture.Backend.Client.NotifyUserNewChatMessageAsync(new NewChatMessage
        {
            ChatSessionId = "order-2077",
            Message = "Where is my refund?",
            CustomerName = "Max Weber",
        });
        var desk = fixture.OpenDesk();

        desk.WaitForText(By.CssSelector("#queue-list li:nth-child(2) .queued"), "Max Weber");
        var first = desk.Find(By.CssSelector("#queue-list li:nth-child(1) .queued"));
        Assert.That(first.FindElement(By.ClassName("place")).Text + " " + first.FindElement(By.ClassName("who")).Text, Is.EqualTo("1 Zoe Nunez"));
        Assert.That(desk.Find(By.Id("queue-count")).Text, Is.EqualTo("(2)"));
        Assert.That(desk.Find(By.CssSelector("#session-list [data-session='order-2077'] .badge")).Text, Is.EqualTo("waiting"));

        // The page counts the wait on between updates (found afresh: an update redraws the list).
        const string FirstWaited = "#queue-list li:nth-child(1) .queued .waited";
        var waited = desk.Find(By.CssSelector(FirstWaited)).Text;
        Assert.That(waited, Does.Match(@"^waiting \d+ s$"));
        desk.WaitFor(d => d.FindElement(By.CssSelector(FirstWaited)).Text != waited, "the waiting time to count on");

        desk.Find(By.CssSelector("#queue-list li:nth-child(1) .queued")).Click();
        desk.WaitForText(By.Id("chat-waiting"), "number 1 in the queue");
        desk.Screenshot("queue");
        desk.Find(By.Id("reply")).SendKeys("Sorry to hear that, Zoe. A new box is on its way." + Keys.Enter);
        desk.WaitForText(By.Id("action-status"), "delivered");

        desk.WaitForText(By.Id("queue-count"), "(1)");
        var next = desk.Find(By.CssSelector("#queue-list li:nth-child(1) .queued"));
        Assert.That(next.FindElement(By.ClassName("place")).Text + " " + next.FindElement(By.ClassName("who")).Text, Is.EqualTo("1 Max Weber"));
        Assert.That(desk.Find(By.Id("chat-waiting")).Displayed, Is.False, "the answered session waits no more");
        Assert.That(desk.Find(By.CssSelector("#session-list [data-session='order-1042'] .badge")).Text, Is.EqualTo("open"));
    }
}
