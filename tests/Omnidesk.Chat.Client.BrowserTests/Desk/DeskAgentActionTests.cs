using OpenQA.Selenium;
using Omnidesk.Chat.Client.BrowserTests.Support;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.BrowserTests.Desk;

/// <summary>A person on the desk acts as the agent; the user's hookpoints receive each action, typed.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DeskAgentActionTests
{
    [Test]
    public async Task Desk_AgentRepliesTypesSendsAFileAndEnds_HookpointsReceiveEachInOrder()
    {
        await using var fixture = await DeskFixture.StartAsync();
        await fixture.StartSessionAsync("order-1042");
        var desk = fixture.OpenDesk("order-1042");
        desk.WaitForText(By.CssSelector("#transcript .entry.customer.message"), "crushed box");

        // Typing: the switch posts typingIndicatorForCustomer.
        desk.Find(By.Id("typing")).Click();
        var (typing, _) = await fixture.Backend.Received.WaitForAsync<AgentTypingEvent>();
        Assert.That(typing, Is.EqualTo(new AgentTypingEvent("order-1042", IsTyping: true)));

        // A reply: written and sent with the Enter key, under the agent name typed in.
        var name = desk.Find(By.Id("agent-name"));
        name.Clear();
        name.SendKeys("Anna");
        desk.Find(By.Id("reply")).SendKeys("Hi Zoe, sorry about the box! A return label follows." + Keys.Enter);
        var (message, _) = await fixture.Backend.Received.WaitForAsync<AgentMessageEvent>();
        Assert.That(message.AgentName, Is.EqualTo("Anna"));
        Assert.That(message.Message, Is.EqualTo("Hi Zoe, sorry about the box! A return label follows."));
        desk.WaitForText(By.CssSelector("#transcript .entry.agent.message"), "A return label follows.");
        desk.WaitForText(By.Id("action-status"), "The message was delivered (the hookpoint answered 200)");
        Assert.That(desk.Find(By.Id("reply")).GetAttribute("value"), Is.Empty);

        // Sending the reply also stopped the typing indicator.
        await fixture.Backend.Received.WaitForAsync<AgentTypingEvent>(t => !t.IsTyping);

        // A file: chosen in the file input and streamed to uploadForCustomer.
        var folder = Directory.CreateTempSubdirectory("omnidesk-browser-");
        var label = Path.Combine(folder.FullName, "return-label-1042.pdf");
        await File.WriteAllTextAsync(label, "%PDF-1.4 return label for order 1042");
        try
        {
            desk.Find(By.Id("file")).SendKeys(label);
            desk.Find(By.Id("send-file")).Click();
            var (file, bytes) = await fixture.Backend.Received.WaitForAsync<AgentFileEvent>();
            Assert.That(file.FileName, Is.EqualTo(Path.GetFileName(label)));
            Assert.That(file.ContentType, Is.EqualTo("application/pdf"));
            Assert.That(bytes, Is.EqualTo(await File.ReadAllBytesAsync(label)));
            desk.WaitForText(By.CssSelector("#transcript .entry.agent.file"), Path.GetFileName(label));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        // The end: endSession, and the desk marks the session ended by the agent.
        desk.Find(By.Id("end")).Click();
        var (ended, _) = await fixture.Backend.Received.WaitForAsync<SessionEndedEvent>();
        Assert.That(ended.SessionId, Is.EqualTo("order-1042"));
        desk.WaitForText(By.Id("chat-meta"), "ended by the agent");
        desk.WaitFor(d => !d.FindElement(By.Id("reply")).Enabled, "the reply box disabled after the end");
        desk.Screenshot("desk");

        Assert.That(
            fixture.Backend.Received.All.Select(e => e.Event.Kind),
            Is.EqualTo(new[]
            {
                HookpointKind.TypingIndicatorForCustomer,
                HookpointKind.MessageForCustomer,
                HookpointKind.TypingIndicatorForCustomer,
                HookpointKind.UploadForCustomer,
                HookpointKind.EndSession,
            }));
    }

    [Test]
    public async Task Desk_HookpointRefuses_TranscriptAndStatusSayTheMessageWasNotDelivered()
    {
        await using var fixture = await DeskFixture.StartAsync();

        // A session whose chatServer carries a wrong token: the user's hookpoints answer 404.
        var wrongToken = fixture.Backend.ChatServer.Replace(fixture.Backend.HookpointToken, new string('x', 32), StringComparison.Ordinal);
        fixture.Emulator.State.SeedSession("order-3003", wrongToken);
        var desk = fixture.OpenDesk("order-3003");
        desk.WaitForText(By.CssSelector("#transcript .entry.system"), "Session started");

        desk.Find(By.Id("reply")).SendKeys("Is anyone there?" + Keys.Enter);

        desk.WaitForText(By.Id("action-status"), "The message was refused: the hookpoint answered 404.");
        desk.WaitForText(By.CssSelector("#transcript .entry.agent.failed .detail"), "not delivered: the hookpoint answered 404");
        Assert.That(fixture.Backend.Received.All, Is.Empty);
    }
}
