using OpenQA.Selenium;

namespace Omnidesk.Chat.Client.BrowserTests.WebSample;

/// <summary>
/// The web sample end to end in two browser windows: the customer talks to the bot and hands over; the agent
/// answers on the emulator's desk; typing, a file and the end arrive on the customer's page live, and the
/// customer's own file reaches the desk.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class WebSampleStoryTests
{
    [Test]
    public async Task Customer_HandsOverToAPerson_SeesTheAgentsTypingReplyFileAndEnd()
    {
        await using var fixture = await WebSampleFixture.StartAsync();
        Assert.That(fixture.Printed, Does.Contain($"Customer chat page: {fixture.Sample.CustomerPage}").And.Contain($"Agent desk:         {fixture.Sample.Desk}"));

        // The customer asks the bot, then hands over.
        var customer = fixture.OpenCustomer();
        customer.Find(By.Id("message")).SendKeys("Hi, my parcel arrived crushed" + Keys.Enter);
        customer.WaitForText(By.CssSelector("#lines .line.bot"), "a person can send you a return label");
        customer.Find(By.Id("name")).SendKeys("Zoë Núñez");
        customer.Find(By.Id("handover")).Click();
        customer.WaitForText(By.CssSelector("#lines .line.connected"), "You are now connected to our team");

        // The agent opens the chat on the desk: the bot conversation came with the handover.
        var desk = fixture.OpenDesk("Zoe Nunez");
        desk.WaitForText(By.CssSelector("#transcript .entry.customer.message"), "Customer: Hi, my parcel arrived crushed");

        // The customer types: the desk shows it; the message arrives.
        customer.Find(By.Id("message")).SendKeys("Are you there?");
        desk.WaitForText(By.Id("customer-typing"), "The customer is typing");
        customer.Find(By.Id("message")).SendKeys(Keys.Enter);
        desk.WaitForText(By.CssSelector("#transcript .entry.customer.message"), "Are you there?");

        // The agent types, then answers: the customer sees the typing indicator, then the reply.
        desk.Find(By.Id("typing")).Click();
        customer.WaitForText(By.Id("typing"), "is typing…");
        var name = desk.Find(By.Id("agent-name"));
        name.Clear();
        name.SendKeys("Anna");
        desk.Find(By.Id("reply")).SendKeys("Hi Zoe, sorry about the box! I'm sending you a return label." + Keys.Enter);
        customer.WaitForText(By.CssSelector("#lines .line.joined"), "Anna joined the chat.");
        customer.WaitForText(By.CssSelector("#lines .line.agent"), "I'm sending you a return label.");
        customer.WaitFor(d => !d.FindElement(By.Id("typing")).Displayed, "the typing indicator gone after the reply");
        Assert.That(customer.Find(By.Id("mode")).Text, Is.EqualTo("You are talking to Anna"));

        // The agent sends a file: the customer's page offers it for download.
        var folder = Directory.CreateTempSubdirectory("omnidesk-browser-");
        var label = Path.Combine(folder.FullName, "return-label-1042.pdf");
        await File.WriteAllTextAsync(label, "%PDF-1.4 return label for order 1042");
        try
        {
            desk.Find(By.Id("file")).SendKeys(label);
            desk.Find(By.Id("send-file")).Click();
            var link = customer.WaitForText(By.CssSelector("#lines .line.file a"), Path.GetFileName(label));
            customer.Screenshot("customer");
            desk.Screenshot("desk");

            using var http = new HttpClient();
            using var download = await http.GetAsync(link.GetAttribute("href"));
            Assert.That(download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo(Path.GetFileName(label)));
            Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(await File.ReadAllBytesAsync(label)));

            // The customer sends a photo back: the page says it went, and the desk offers it to the agent.
            var photo = Path.Combine(folder.FullName, "crushed box.png");
            var photoBytes = Enumerable.Range(0, 3000).Select(i => (byte)(i % 256)).ToArray();
            await File.WriteAllBytesAsync(photo, photoBytes);
            customer.Find(By.Id("attach-file")).SendKeys(photo);
            customer.WaitForText(By.CssSelector("#lines .line.customer-file .name"), "crushed box.png");
            Assert.That(customer.Find(By.CssSelector("#lines .line.customer-file .who")).Text, Does.StartWith("You · "));
            desk.WaitForText(By.CssSelector("#transcript .entry.customer.file"), "crushed box.png");
            var received = fixture.Sample.Emulator!.State.Sessions.Single().Attachments.Single();
            Assert.That((received.FileName, received.ContentType, received.Content.ToArray()), Is.EqualTo(("crushed box.png", "image/png", photoBytes)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        // The agent ends the chat: the customer's page says so and stops taking messages.
        desk.Find(By.Id("end")).Click();
        customer.WaitForText(By.CssSelector("#lines .line.ended"), "The agent ended the chat.");
        customer.WaitFor(d => !d.FindElement(By.Id("message")).Enabled, "the message box disabled after the end");
        Assert.That(customer.Find(By.Id("mode")).Text, Is.EqualTo("The chat has ended"));
        customer.Screenshot("customer-ended");
    }

    [Test]
    public async Task Customer_TalksOnlyToTheBot_GetsRuleAnswersAndNothingReachesOmnidesk()
    {
        await using var fixture = await WebSampleFixture.StartAsync();
        var customer = fixture.OpenCustomer();

        customer.Find(By.Id("message")).SendKeys("When are you open?" + Keys.Enter);
        customer.WaitForText(By.CssSelector("#lines .line.bot"), "Monday to Friday, 9:00-18:00");
        customer.Find(By.Id("message")).SendKeys("How long does delivery take?" + Keys.Enter);
        customer.WaitForText(By.CssSelector("#lines .line.bot"), "within 2 working days");

        Assert.That(fixture.Sample.Emulator!.State.Sessions, Is.Empty);
        Assert.That(customer.Find(By.Id("mode")).Text, Is.EqualTo("You are talking to the shop's bot"));
    }

    [Test]
    public async Task Customer_AsksForAPersonWhenNoAgentIsOnline_BotSaysSoAndNoTicketIsOpened()
    {
        await using var fixture = await WebSampleFixture.StartAsync();
        fixture.Sample.Emulator!.AgentsAvailable = false;
        var customer = fixture.OpenCustomer();

        customer.Find(By.Id("message")).SendKeys("Can I talk to a human?" + Keys.Enter);

        customer.WaitForText(By.CssSelector("#lines .line.bot"), "no one from our team is available right now");
        Assert.That(fixture.Sample.Emulator.State.Sessions, Is.Empty);
        Assert.That(customer.Find(By.Id("handover-box")).Displayed, Is.True);
    }
}
