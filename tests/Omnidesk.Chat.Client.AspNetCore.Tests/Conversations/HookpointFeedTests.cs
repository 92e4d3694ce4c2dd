using Microsoft.AspNetCore.Builder;
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
    [Test]
    public async Task UserHandler_StillGetsEveryEvent_AfterTheConversationRecordedIt()
    {
        await using var host = await ConversationTestHost.StartAsync(userHandler: true);
        var conversation = await host.StartConversationAsync("both-run");

        await host.Emulator.Agent.SendMessageAsync("both-run", "Hi", "Anna");
        await host.Emulator.Agent.EndSessionAsync("both-run");

        Assert.That(host.Recorder.Received.Select(r => r.Event), Is.EqualTo(new OmnideskHookpointEvent[]
        {
            new AgentMessageEvent("both-run", "Anna", "Hi", null),
            new SessionEndedEvent("both-run"),
        }));
        Assert.That((await EventReader.NextAsync(conversation, 3)).Select(e => e.GetType().Name),
            Is.EqualTo(new[] { nameof(AgentJoined), nameof(AgentMessage), nameof(ConversationEnded) }));
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

    [Test]
    public async Task Registration_HookpointHandlerAddedAfterConversations_FailsAtStartSayingWhichOrder()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddOmnideskChat(chat => chat.BaseAddress = new Uri("https://account.example.com/")).AddOmnideskConversations();
        builder.Services.AddSingleton(new HookpointRecorder());
        builder.Services.AddOmnideskHookpoints<RecordingHookpointHandler>(hookpoints => hookpoints.Token = ConversationTestHost.Token);
        await using var app = builder.Build();

        var failed = Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.That(failed!.Message, Does.Contain(
            "A hookpoint handler was registered after AddOmnideskConversations(), so the conversations would receive no hookpoints: " +
            "call AddOmnideskHookpoints<THandler>() before AddOmnideskConversations(); both then run."));
    }
}
