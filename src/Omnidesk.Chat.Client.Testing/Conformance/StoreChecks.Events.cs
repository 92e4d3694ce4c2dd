using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.Testing.Conformance;

/// <summary>This file: the agent's events and waiting for them.</summary>
internal static partial class StoreChecks
{
    public static async Task AgentEventAsync(Func<IOmnideskConversationStore> store, CancellationToken cancellationToken)
    {
        var id = NewSession();
        await store().CreateOrGetAsync(Record(id), null, cancellationToken).ConfigureAwait(false);
        var sequences = await Task.WhenAll(Enumerable.Range(1, 10).Select(n =>
            store().RecordAgentEventAsync(id, Message($"m{n}", "Anna"), cancellationToken).AsTask())).ConfigureAwait(false);
        var typing = new ConversationEntry { Timestamp = Then, Kind = ConversationEntryKind.AgentTypingStarted };
        await store().RecordAgentEventAsync(id, typing, cancellationToken).ConfigureAwait(false);

        var events = await store().ReadAsync(id, ConversationLog.Events, 0, 100, cancellationToken).ConfigureAwait(false);
        var history = await store().ReadAsync(id, ConversationLog.History, 0, 100, cancellationToken).ConfigureAwait(false);
        Expect(sequences.Order().SequenceEqual(Enumerable.Range(2, 10).Select(n => (long)n)), "ten messages at once from a new agent got the sequences 2..11 (1 is the joined entry)");
        Expect(events.Count == 12 && events[0].Kind == ConversationEntryKind.AgentJoined && events[0].AgentName == "Anna", "the event log starts with one AgentJoined for Anna, then the ten messages and the typing");
        Expect(events.Count(e => e.Kind == ConversationEntryKind.AgentJoined) == 1, "Anna joined once");
        Expect(history.Count == 11 && history.All(e => e.Kind != ConversationEntryKind.AgentTypingStarted), "the history holds the joined entry and the messages, not the typing");
        var record = await store().GetAsync(id, cancellationToken).ConfigureAwait(false);
        Expect(record!.LastActivityAt > Then, "a message moves the activity to the store's clock");
    }

    public static async Task AgentEventUnmatchedAsync(Func<IOmnideskConversationStore> store, CancellationToken cancellationToken)
    {
        var unknown = NewSession();
        var ended = NewSession();
        await store().CreateOrGetAsync(Record(ended, ConversationStatus.Ended), null, cancellationToken).ConfigureAwait(false);

        Expect(await store().RecordAgentEventAsync(unknown, Message("late", "Anna"), cancellationToken).ConfigureAwait(false) == 0, "an event for a session with no record answers 0");
        Expect(await store().RecordAgentEventAsync(ended, Message("late", "Anna"), cancellationToken).ConfigureAwait(false) == 0, "an event for an ended session answers 0");
        Expect(await store().GetAsync(unknown, cancellationToken).ConfigureAwait(false) is null, "no record appears for the unknown session");
        Expect((await store().ReadAsync(ended, ConversationLog.Events, 0, 10, cancellationToken).ConfigureAwait(false)).Count == 0, "nothing is appended for the ended session");
    }

    public static async Task WaitAsync(Func<IOmnideskConversationStore> store, CancellationToken cancellationToken)
    {
        var id = NewSession();
        await store().CreateOrGetAsync(Record(id), null, cancellationToken).ConfigureAwait(false);
        await store().RecordAgentEventAsync(id, Message("hi"), cancellationToken).ConfigureAwait(false);
        using var soon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        soon.CancelAfter(TimeSpan.FromSeconds(5));

        Expect(await store().WaitForEventsAsync(id, 0, soon.Token).ConfigureAwait(false), "WaitForEventsAsync after 0, with an event at 1, answers true at once");
        Expect(!await store().WaitForEventsAsync(NewSession(), 0, soon.Token).ConfigureAwait(false), "WaitForEventsAsync for a session with no record answers false");
        var waiting = store().WaitForEventsAsync(id, 1, soon.Token).AsTask();
        await store().RecordAgentEventAsync(id, Message("again"), cancellationToken).ConfigureAwait(false);
        Expect(await waiting.ConfigureAwait(false), "a waiting reader is woken by the next event");
        await store().RemoveAsync(id, cancellationToken).ConfigureAwait(false);
        Expect(!await store().WaitForEventsAsync(id, 2, soon.Token).ConfigureAwait(false), "after RemoveAsync, WaitForEventsAsync answers false");
    }
}
