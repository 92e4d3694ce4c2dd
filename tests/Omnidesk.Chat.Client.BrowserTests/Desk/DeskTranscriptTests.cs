using System.Text;
using OpenQA.Selenium;
using Omnidesk.Chat.Client.BrowserTests.Support;

namespace Omnidesk.Chat.Client.BrowserTests.Desk;

/// <summary>The desk shows what the customer's side sends, live, without a reload.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DeskTranscriptTests
{
    [Test]
    public async Task Desk_CustomerSideArrives_SessionListedAndTranscribedLive()
    {
        await using var fixture = await DeskFixture.StartAsync();
        var desk = fixture.OpenDesk();
        desk.WaitForText(By.Id("no-sessions"), "No sessions yet");

        var client = fixture.Backend.Client;
        await client.CreateChatbotLogAsync(new ChatbotLog
        {
            From = "zoe@example.com",
            Subject = "Crushed box, order 1042",
            Message = "**Customer:** my box arrived crushed\n**Bot:** I can hand you over to a person.",
        });
        await fixture.StartSessionAsync("order-1042");

        // Listed live: the page was open before the session existed.
        var session = desk.WaitForText(By.CssSelector("#session-list .session"), "Zoe Nunez");
        session.Click();
        desk.WaitForText(By.CssSelector("#transcript .entry.customer.message"), "arrived with a crushed box");

        await client.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = "order-1042", Url = "https://shop.example.com/orders/1042" });
        using (var photo = new MemoryStream(Encoding.ASCII.GetBytes("not really a jpeg")))
        {
            await client.AddAttachmentAsync(photo, "crushed-box.jpg", "image/jpeg", new AttachmentUpload { ChatSessionId = "order-1042" });
        }

        await client.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = "order-1042", Event = ChatEventType.StartedTyping });

        desk.WaitForText(By.CssSelector("#transcript .entry.visit"), "visited https://shop.example.com/orders/1042");
        desk.WaitForText(By.CssSelector("#transcript .entry.chatbot-log"), "I can hand you over to a person.");
        var file = desk.WaitForText(By.CssSelector("#transcript .entry.customer.file a"), "crushed-box.jpg");
        desk.WaitForText(By.Id("customer-typing"), "The customer is typing");
        Assert.That(desk.Find(By.Id("chat-meta")).Text, Does.Contain("ticket #").And.Contain("open"));
        desk.Screenshot("desk");

        // The customer's file downloads from the desk byte for byte, never rendered as a page.
        using var http = new HttpClient();
        using var download = await http.GetAsync(file.GetAttribute("href"));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/octet-stream"));
        Assert.That(download.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(await download.Content.ReadAsStringAsync(), Is.EqualTo("not really a jpeg"));
    }

    [Test]
    public async Task Desk_CustomerEndsTheChat_TranscriptSaysSoAndControlsAreDisabled()
    {
        await using var fixture = await DeskFixture.StartAsync();
        await fixture.StartSessionAsync("order-2001");
        var desk = fixture.OpenDesk("order-2001");
        desk.WaitForText(By.CssSelector("#transcript .entry.customer.message"), "crushed box");

        await fixture.Backend.Client.NotifyUserEndChatAsync(new EndChat { ChatSessionId = "order-2001" });

        desk.WaitForText(By.CssSelector("#transcript .entry.system"), "The customer ended the session");
        desk.WaitFor(d => !d.FindElement(By.Id("reply")).Enabled, "the reply box disabled");
        Assert.That(desk.Find(By.Id("end")).Enabled, Is.False);
        Assert.That(desk.Find(By.Id("chat-meta")).Text, Does.Contain("ended by the customer"));
    }
}
