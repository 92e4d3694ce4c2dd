using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Conversations.Internal.Memory;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Conversations;

/// <summary>The receiver feeds the conversations; the user's own handler still runs; failures are never silent.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class HookpointFeedTests
{
    [TestCase(false, TestName = "UserHandler_RegisteredBeforeConversations_GetsEveryEventAfterTheConversationRecordedIt")]
    [TestCase(true, TestName = "UserHandler_RegisteredAfterConversations_GetsEveryEventAfterTheConversationRecordedIt")]
    public async Task UserHandler_RegisteredBeforeOrAfterConversations_GetsEveryEventAfterTheConversationRecordedIt(bool handlerAfterConversations)
    {
        // What the user's handler finds in the conversation's history when it gets each event: the event itself.
        ConversationTestHost? started = null;
        var latestWhenHandled = new ConcurrentQueue<ConversationEntryKind>();
        var recorder = new HookpointRecorder
        {
            OnEvent = async (hookpointEvent, cancellationToken) =>
            {
                var conversation = await started!.Conversations.GetAsync(hookpointEvent.SessionId, cancellationToken);
                latestWhenHandled.Enqueue((await conversation!.GetHistoryAsync(1, null, cancellationToken)).Items.Single().Kind);
            },
        };
        await using var host = started = await ConversationTestHost.StartAsync(userHandler: true, handlerAfterConversations: handlerAfterConversations, recorder: recorder);
        var conversation = await host.StartConversationAsync("both-run");

        var message = await host.Emulator.Agent.SendMessageAsync("both-run", "Hi", "Anna");
        var ended = await host.Emulator.Agent.EndSessionAsync("both-run");

        Assert.That((message.StatusCode, ended.StatusCode), Is.EqualTo((200, 200)));
        Assert.That(latestWhenHandled, Is.EqualTo(new[] { ConversationEntryKind.AgentMessage, ConversationEntryKind.Ended }),
            "the handler ran once per event, each time after the conversation recorded it");
        Assert.That((await EventReader.NextAsync(conversation, 3)).Select(e => e.GetType().Name),
            Is.EqualTo(new[] { nameof(AgentJoined), nameof(AgentMessage), nameof(ConversationEnded) }));
    }

    [Test]
    public async Task UserHandlerThrows_Answers500_AfterTheConversationRecordedTheEvent()
    {
        var recorder = new HookpointRecorder { OnEvent = (_, _) => throw new InvalidOperationException("database down") };
        await using var host = await ConversationTestHost.StartAsync(userHandler: true, recorder: recorder);
        var conversation = await host.StartConversationAsync("handler-fails");

        var answer = await host.Emulator.Agent.SendMessageAsync("handler-fails", "Hi", "Anna");

        Assert.That(answer.StatusCode, Is.EqualTo(500));
        Assert.That(recorder.HandlerCalls, Is.EqualTo(1));
        Assert.That((await EventReader.NextAsync(conversation, 2)).OfType<AgentMessage>().Single().Text, Is.EqualTo("Hi"), "the conversation recorded it before the handler ran");
        var error = host.Logs.GetSnapshot().Single(r => r.Level == LogLevel.Error);
        Assert.That((error.Message, error.Exception?.Message), Is.EqualTo(("Hookpoint MessageForCustomer: the handler failed; answered 500.", "database down")));
    }

    [Test]
    public async Task UserHandlerThrowsStoreUnavailable_Answers500Not503_BecauseTheEventWasStored()
    {
        // A 503 means "not stored" (Omnidesk may send it again); this event is in the conversation already.
        var recorder = new HookpointRecorder { OnEvent = (_, _) => throw new OmnideskStoreUnavailableException("conversation store read", "the user's own call failed") };
        await using var host = await ConversationTestHost.StartAsync(userHandler: true, recorder: recorder);
        var conversation = await host.StartConversationAsync("handler-store");

        var answer = await host.Emulator.Agent.SendMessageAsync("handler-store", "Hi", "Anna");

        Assert.That(answer.StatusCode, Is.EqualTo(500));
        Assert.That((await EventReader.NextAsync(conversation, 2)).OfType<AgentMessage>().Single().Text, Is.EqualTo("Hi"));
    }

    [Test]
    public async Task Hookpoint_ForASessionWithNoConversation_IsAnsweredOkLoggedAndPassedToTheUsersHandler()
    {
        await using var host = await ConversationTestHost.StartAsync(userHandler: true);
        await host.StartConversationAsync("known");

        var answer = await host.Emulator.Agent.SendMessageAsync(new Uri(host.Requests("notifyUserNewChatMessage")[0].Form["chatServer"]), "stranger", "Who is this?", "Anna");

        Assert.That((answer.StatusCode, answer.Body), Is.EqualTo((200, "ok")));
        Assert.That(host.Recorder.Received.Single().Event, Is.EqualTo(new AgentMessageEvent("stranger", "Anna", "Who is this?", null)));
        var warning = host.Logs.GetSnapshot().Single(r => r.Level == LogLevel.Warning);
        Assert.That(warning.Message, Is.EqualTo("Hookpoint MessageForCustomer for session stranger matched no open conversation (no conversation); answered as usual and passed to your handler, if any."));
    }

    [Test]
    public async Task StoreUnavailable_HookpointIsAnswered503WithAOneLineReason_AndTheUsersHandlerIsNotCalled()
    {
        FlakyStore? store = null;
        await using var host = await ConversationTestHost.StartAsync(
            userHandler: true,
            conversations: builder => builder.UseStore(services => store = new FlakyStore(new MemoryConversationStore(
                services.GetRequiredService<IOptions<OmnideskConversationsOptions>>().Value.Memory, TimeProvider.System))));
        var conversation = await host.StartConversationAsync("outage");

        store!.Down = true;
        var during = await host.Emulator.Agent.SendMessageAsync("outage", "Are you there?", "Anna");
        store.Down = false;
        var after = await host.Emulator.Agent.SendMessageAsync("outage", "Are you there?", "Anna");

        Assert.That((during.StatusCode, during.Body), Is.EqualTo((503,
            "conversation store record agent event: the conversation store is unavailable: test store at 127.0.0.1:1 did not answer within 5 s")));
        Assert.That((after.StatusCode, after.Body), Is.EqualTo((200, "ok")));
        Assert.That(host.Recorder.HandlerCalls, Is.EqualTo(1), "only the delivery that was stored reached the user's handler");
        var events = await EventReader.NextAsync(conversation, 2);
        Assert.That(events.Select(e => e.GetType().Name), Is.EqualTo(new[] { nameof(AgentJoined), nameof(AgentMessage) }), "the agent is announced on the delivery that was stored");
        Assert.That(events.OfType<AgentMessage>().Single().Text, Is.EqualTo("Are you there?"));
    }
}
