using System.Collections.Concurrent;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;

/// <summary>What the handler received, with each file's bytes read inside the handler.</summary>
internal sealed record ReceivedEvent(OmnideskHookpointEvent Event, byte[]? FileBytes);

/// <summary>Shared by the test and the (scoped) handler: records every event the handler got.</summary>
internal sealed class HookpointRecorder
{
    private readonly ConcurrentQueue<ReceivedEvent> _received = new();

    /// <summary>Replaces the default behaviour (record, reading files whole) when set.</summary>
    public Func<OmnideskHookpointEvent, CancellationToken, ValueTask>? OnEvent { get; init; }

    public int HandlerCalls;

    public IReadOnlyList<ReceivedEvent> Received => [.. _received];

    public async ValueTask RecordAsync(OmnideskHookpointEvent hookpointEvent, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref HandlerCalls);
        if (OnEvent is not null)
        {
            await OnEvent(hookpointEvent, cancellationToken);
            return;
        }

        byte[]? bytes = null;
        if (hookpointEvent is AgentFileEvent file)
        {
            using var copy = new MemoryStream();
            await file.Content.CopyToAsync(copy, cancellationToken);
            bytes = copy.ToArray();
        }

        _received.Enqueue(new ReceivedEvent(hookpointEvent, bytes));
    }
}

/// <summary>The user's handler in these tests: passes every event to the recorder.</summary>
internal sealed class RecordingHookpointHandler(HookpointRecorder recorder) : OmnideskHookpointHandler
{
    protected override ValueTask OnAgentMessageAsync(AgentMessageEvent agentMessage, CancellationToken cancellationToken) =>
        recorder.RecordAsync(agentMessage, cancellationToken);

    protected override ValueTask OnAgentFileAsync(AgentFileEvent agentFile, CancellationToken cancellationToken) =>
        recorder.RecordAsync(agentFile, cancellationToken);

    protected override ValueTask OnAgentTypingAsync(AgentTypingEvent agentTyping, CancellationToken cancellationToken) =>
        recorder.RecordAsync(agentTyping, cancellationToken);

    protected override ValueTask OnSessionEndedAsync(SessionEndedEvent sessionEnded, CancellationToken cancellationToken) =>
        recorder.RecordAsync(sessionEnded, cancellationToken);
}
