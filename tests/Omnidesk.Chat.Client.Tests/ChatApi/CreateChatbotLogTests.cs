using Omnidesk.Chat.Client.Tests.ChatApi.Support;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

[Parallelizable(ParallelScope.All)]
public sealed class CreateChatbotLogTests
{
    private const string Transcript = "**Bot:** How can I help?\n**Customer:** Where is order 42?";

    [Test]
    public async Task CreateChatbotLog_EmailSender_PostsTheFourFieldsAndCreatesTheTicket()
    {
        await using var host = await ChatTestHost.StartAsync();

        var result = await host.Api.CreateChatbotLogAsync(new ChatbotLog
        {
            From = "zoe@example.com",
            Subject = "Chatbot conversation",
            Message = Transcript,
            BrandId = "3",
        });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/message/chatbot",
            ("from", "zoe@example.com"),
            ("subject", "Chatbot conversation"),
            ("message", Transcript),
            ("brandID", "3"));
        Assert.That(result.Result, Is.EqualTo("success"));
        Assert.That(result.Message, Is.EqualTo("Chatbot ticket created."));
        Assert.That(host.Emulator.State.ChatbotLogs.Single().Message, Is.EqualTo(Transcript));
    }

    [Test]
    public async Task CreateChatbotLog_PhoneSenderWithoutBrand_SendsNoBrandId()
    {
        await using var host = await ChatTestHost.StartAsync();

        await host.Api.CreateChatbotLogAsync(new ChatbotLog { From = "+31612345678", Subject = "Bot", Message = Transcript });

        Wire.IsFormPost(host.SingleRequest, "/api/v2/message/chatbot",
            ("from", "+31612345678"),
            ("subject", "Bot"),
            ("message", Transcript));
    }
}
