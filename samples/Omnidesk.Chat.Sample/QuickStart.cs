// The README's quick start. The part between the markers is quoted in README.md verbatim (a test checks it),
// compiled with the sample, and run against the emulator by tests/Omnidesk.Chat.Sample.Tests.
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Sample;

// <quick-start>
static class QuickStart
{
    public static async Task<WebApplication> StartAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOmnideskChat();                     // reads the "Omnidesk" section
        builder.Services.AddOmnideskHookpoints<AgentReplies>(); // reads "Omnidesk:Hookpoints" (the secret Token)
        var app = builder.Build();
        app.MapOmnideskHookpoints("/omnidesk");                 // Omnidesk POSTs the agent's side here
        await app.StartAsync();

        // The customer's first message opens a ticket: a human agent takes the chat over.
        var omnidesk = app.Services.GetRequiredService<IOmnideskChatApi>();
        await omnidesk.NotifyUserNewChatMessageAsync(new NewChatMessage
        {
            ChatSessionId = "order-1042",
            Message = "Hi, I'd like to talk to a person about order 1042.",
        });
        return app;
    }
}

sealed class AgentReplies : OmnideskHookpointHandler
{
    protected override ValueTask OnAgentMessageAsync(AgentMessageEvent reply, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{reply.AgentName}: {reply.Message}"); // pass it on to your customer
        return ValueTask.CompletedTask;
    }
}
// </quick-start>
