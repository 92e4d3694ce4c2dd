using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Tests.Hookpoints;

[Parallelizable(ParallelScope.All)]
public sealed class OmnideskHookpointHandlerTests
{
    public static IEnumerable<OmnideskHookpointEvent> Events()
    {
        yield return new AgentMessageEvent("s1", "Anna", "hi", null);
        yield return new AgentFileEvent("s1", "a.txt", "text/plain", 1, new MemoryStream([1]));
        yield return new AgentTypingEvent("s1", true);
        yield return new SessionEndedEvent("s1");
    }

    [TestCaseSource(nameof(Events))]
    public async Task HandleAsync_Event_CallsTheMethodForItsType(OmnideskHookpointEvent hookpointEvent)
    {
        var handler = new RecordingHandler();

        await handler.HandleAsync(hookpointEvent);

        Assert.That(handler.Calls, Is.EqualTo(new[] { $"{hookpointEvent.Kind}:{hookpointEvent.SessionId}" }));
    }

    [TestCaseSource(nameof(Events))]
    public void HandleAsync_HandlerThatOverridesNothing_DoesNothing(OmnideskHookpointEvent hookpointEvent)
    {
        Assert.That(new EmptyHandler().HandleAsync(hookpointEvent).IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void HandleAsync_Null_Throws()
    {
        Assert.That(() => new EmptyHandler().HandleAsync(null!), Throws.ArgumentNullException);
    }

    private sealed class EmptyHandler : OmnideskHookpointHandler;

    private sealed class RecordingHandler : OmnideskHookpointHandler
    {
        public List<string> Calls { get; } = [];

        protected override ValueTask OnAgentMessageAsync(AgentMessageEvent agentMessage, CancellationToken cancellationToken) =>
            Record(agentMessage);

        protected override ValueTask OnAgentFileAsync(AgentFileEvent agentFile, CancellationToken cancellationToken) =>
            Record(agentFile);

        protected override ValueTask OnAgentTypingAsync(AgentTypingEvent agentTyping, CancellationToken cancellationToken) =>
            Record(agentTyping);

        protected override ValueTask OnSessionEndedAsync(SessionEndedEvent sessionEnded, CancellationToken cancellationToken) =>
            Record(sessionEnded);

        private ValueTask Record(OmnideskHookpointEvent hookpointEvent)
        {
            Calls.Add($"{hookpointEvent.Kind}:{hookpointEvent.SessionId}");
            return ValueTask.CompletedTask;
        }
    }
}
