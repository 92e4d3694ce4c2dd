using Microsoft.Extensions.Time.Testing;
using Omnidesk.Chat.Client.Testing.Tests.Support;

namespace Omnidesk.Chat.Client.Testing.Tests.State;

/// <summary>
/// <c>requestChatQueue</c> through the SDK's client: the sessions that no agent has answered, longest waiting first,
/// in the shape docs/wire-format.md records (<c>queue</c>: <c>chatSessionID</c>, <c>ticketID</c>, <c>waitingSince</c>).
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ChatQueueTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task RequestChatQueue_TwoCustomersWaitThenTheAgentAnswersTheFirst_TheSecondBecomesNumberOne()
    {
        var clock = new FakeTimeProvider(Start);
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { TimeProvider = clock });
        await using var client = RealClient.For(emulator, listener.ChatServer);
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "first", Message = "Where is my order?" });
        clock.Advance(TimeSpan.FromMinutes(2));
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "second", Message = "Hello?" });

        var bothWaiting = await QueueOf(client);
        var delivery = await emulator.Agent.SendMessageAsync("first", "Hi, I am looking into it.");
        var afterReply = await QueueOf(client);
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "first", Message = "Thanks!" });
        var afterCustomerAgain = await QueueOf(client);

        Assert.That(bothWaiting, Is.EqualTo(new[] { ("first", 1000, Start), ("second", 1001, Start.AddMinutes(2)) }));
        Assert.That(delivery.StatusCode, Is.EqualTo(200));
        Assert.That(afterReply, Is.EqualTo(new[] { ("second", 1001, Start.AddMinutes(2)) }), "the answered session left; the second is number 1");
        Assert.That(afterCustomerAgain, Is.EqualTo(afterReply), "an answered session does not queue again on the customer's next message");
    }

    [Test]
    public async Task RequestChatQueue_SessionEndedByTheCustomer_LeavesTheQueueAndANewTicketQueuesAgain()
    {
        var clock = new FakeTimeProvider(Start);
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { TimeProvider = clock });
        await using var client = RealClient.For(emulator, listener.ChatServer);
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "leaving", Message = "Anyone?" });
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "staying", Message = "Hello" });

        await client.Chat.NotifyUserEndChatAsync(new EndChat { ChatSessionId = "leaving" });
        var afterEnd = await QueueOf(client);
        clock.Advance(TimeSpan.FromMinutes(5));
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "leaving", Message = "Me again" });
        var afterNewTicket = await QueueOf(client);

        Assert.That(afterEnd, Is.EqualTo(new[] { ("staying", 1001, Start) }));
        Assert.That(afterNewTicket, Is.EqualTo(new[] { ("staying", 1001, Start), ("leaving", 1002, Start.AddMinutes(5)) }), "the new ticket waits from its own first message");
    }

    [Test]
    public async Task RequestChatQueue_AgentReplyTheHookpointRefusedOrAnAgentEnd_KeepsOrTakesTheSessionUntilTheCustomerWritesAgain()
    {
        await using var listener = await HookpointListener.StartAsync();
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var client = RealClient.For(emulator, listener.ChatServer);
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "refused", Message = "Hi" });
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "ended", Message = "Hi" });

        // A chatServer where no hookpoint lives (the emulator answers 404): the reply did not reach the customer.
        var refused = await emulator.Agent.SendMessageAsync(new Uri(emulator.BaseAddress, "nowhere"), "refused", "Hello");
        var ended = await emulator.Agent.EndSessionAsync("ended");
        var queue = await QueueOf(client);
        await client.Chat.NotifyUserNewChatMessageAsync(new NewChatMessage { ChatSessionId = "ended", Message = "Still there?" });
        var afterCustomerAgain = await QueueOf(client);

        Assert.That((refused.StatusCode, ended.StatusCode), Is.EqualTo((404, 200)));
        Assert.That(queue.Select(q => q.Id), Is.EqualTo(new[] { "refused" }));
        Assert.That(afterCustomerAgain.Select(q => q.Id), Is.EqualTo(new[] { "refused", "ended" }), "unanswered, it is back in its place");
    }

    [Test]
    public async Task RequestChatQueue_NobodyWaiting_AnswersAnEmptyQueue()
    {
        await using var emulator = await OmnideskEmulator.StartAsync();
        await using var client = RealClient.For(emulator, Wire.ChatServer);

        var answer = await client.Chat.RequestChatQueueAsync();

        Assert.That((answer.Type, answer.Message), Is.EqualTo(("result", "Chat queue.")));
        Assert.That(await QueueOf(client), Is.Empty);
    }

    /// <summary>The queue as the client reads it: the answer's <c>queue</c> array, kept in AdditionalProperties.</summary>
    private static async Task<(string Id, int Ticket, DateTimeOffset WaitingSince)[]> QueueOf(RealClient client)
    {
        var answer = await client.Chat.RequestChatQueueAsync();
        return [.. answer.AdditionalProperties!["queue"].EnumerateArray().Select(q => (
            q.GetProperty("chatSessionID").GetString()!,
            q.GetProperty("ticketID").GetInt32(),
            q.GetProperty("waitingSince").GetDateTimeOffset()))];
    }
}
