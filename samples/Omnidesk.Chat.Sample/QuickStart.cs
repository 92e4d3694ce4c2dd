// The README's quick start. The part between the markers is quoted in README.md verbatim (a test checks it),
// compiled with the sample, and run against the emulator by tests/Omnidesk.Chat.Sample.Tests.
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Sample;

// <quick-start>
static class QuickStart
{
    public static async Task<WebApplication> StartAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOmnideskHookpoints();                       // "Omnidesk:Hookpoints" (the secret Token)
        builder.Services.AddOmnideskChat().AddOmnideskConversations();  // "Omnidesk", "Omnidesk:Conversations"
        var app = builder.Build();
        app.MapOmnideskHookpoints("/omnidesk");                          // Omnidesk POSTs the agent's side here
        await app.StartAsync();

        // One call hands the customer over: the first message opens a ticket and a human agent takes the chat.
        var conversations = app.Services.GetRequiredService<IOmnideskConversations>();
        var started = await conversations.StartAsync(new ConversationStartRequest
        {
            SessionId = "order-1042",
            Message = "Hi, I'd like to talk to a person about order 1042.",
        });

        // The agent's side, typed and in order, until the chat ends.
        _ = Task.Run(async () =>
        {
            await foreach (var e in started.Conversation!.ReadEventsAsync())
            {
                if (e is AgentMessage reply)
                {
                    Console.WriteLine($"{reply.AgentName}: {reply.Text}"); // pass it on to your customer
                }
            }
        });
        return app;
    }
}
// </quick-start>
