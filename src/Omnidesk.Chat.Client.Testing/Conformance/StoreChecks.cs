using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.Testing.Conformance;

/// <summary>The checks of <see cref="ConversationStoreConformance"/>: records and logs (this file), events and the end (the others).</summary>
internal static partial class StoreChecks
{
    private static readonly DateTimeOffset Then = DateTimeOffset.UtcNow.AddMinutes(-1);

    public static async Task CreateOnceAsync(Func<IOmnideskConversationStore> store, CancellationToken cancellationToken)
    {
        var id = NewSession();
        var first = await store().CreateOrGetAsync(Record(id), null, cancellationToken).ConfigureAwait(false);
        var second = await store().CreateOrGetAsync(Record(id) with { CustomerName = "someone else" }, null, cancellationToken).ConfigureAwait(false);

        Expect(first.Created && first.Record.Version == 1, $"the first CreateOrGetAsync created version 1 (created {first.Created}, version {first.Record.Version})");
        Expect(!second.Created && second.Record == first.Record, "the second CreateOrGetAsync got the stored record unchanged");
        Expect(await store().GetAsync(id, cancellationToken).ConfigureAwait(false) == first.Record, "GetAsync returns the stored record");
    }

    public static async Task CompareAndSetAsync(Func<IOmnideskConversationStore> store, CancellationToken cancellationToken)
    {
        var id = NewSession();
        var created = (await store().CreateOrGetAsync(Record(id), null, cancellationToken).ConfigureAwait(false)).Record;
        var results = await Task.WhenAll(
            store().TryUpdateAsync(created with { TicketId = 1 }, cancellationToken).AsTask(),
            store().TryUpdateAsync(created with { TicketId = 2 }, cancellationToken).AsTask()).ConfigureAwait(false);

        Expect(results.Count(r => r is not null) == 1, $"one of two updates at the same version wins ({results.Count(r => r is not null)} did)");
        var winner = results.Single(r => r is not null)!;
        Expect(winner.Version == 2, $"the winner's version is 2 ({winner.Version})");
        Expect(await store().GetAsync(id, cancellationToken).ConfigureAwait(false) == winner, "GetAsync returns the winner's record");
    }

    public static async Task AppendSequencesAsync(Func<IOmnideskConversationStore> store, CancellationToken cancellationToken)
    {
        var id = NewSession();
        await store().CreateOrGetAsync(Record(id), null, cancellationToken).ConfigureAwait(false);
        var sequences = await Task.WhenAll(Enumerable.Range(1, 20).Select(n =>
            store().AppendAsync(id, ConversationLog.History, Message($"m{n}"), cancellationToken).AsTask())).ConfigureAwait(false);

        Expect(sequences.Order().SequenceEqual(Enumerable.Range(1, 20).Select(n => (long)n)), "20 appends at once got the sequences 1..20, each once");
        var forward = await store().ReadAsync(id, ConversationLog.History, 5, 3, cancellationToken).ConfigureAwait(false);
        Expect(forward.Select(e => e.Sequence).SequenceEqual([6L, 7L, 8L]), "ReadAsync after 5, 3 of them: 6, 7, 8");
        var backward = await store().ReadBackwardAsync(id, ConversationLog.History, 5, 2, cancellationToken).ConfigureAwait(false);
        Expect(backward.Select(e => e.Sequence).SequenceEqual([4L, 3L]), "ReadBackwardAsync before 5, 2 of them: 4, 3");
    }

    public static async Task ReaderPositionsAsync(Func<IOmnideskConversationStore> store, CancellationToken cancellationToken)
    {
        var id = NewSession();
        await store().CreateOrGetAsync(Record(id), null, cancellationToken).ConfigureAwait(false);
        await store().SetReaderPositionAsync(id, "web", 7, cancellationToken).ConfigureAwait(false);
        await store().SetReaderPositionAsync(id, "audit", 2, cancellationToken).ConfigureAwait(false);

        Expect(await store().GetReaderPositionAsync(id, "web", cancellationToken).ConfigureAwait(false) == 7, "reader web is at 7");
        Expect(await store().GetReaderPositionAsync(id, "audit", cancellationToken).ConfigureAwait(false) == 2, "reader audit is at 2");
        Expect(await store().GetReaderPositionAsync(id, "new", cancellationToken).ConfigureAwait(false) == 0, "a reader never seen is at 0");
    }

    private static string NewSession() => "conformance-" + Guid.NewGuid().ToString("N");

    private static ConversationRecord Record(string sessionId, ConversationStatus status = ConversationStatus.Open) =>
        new() { SessionId = sessionId, Status = status, CreatedAt = Then, LastActivityAt = Then };

    private static ConversationEntry Message(string text, string? agent = null) =>
        new() { Timestamp = Then, Kind = ConversationEntryKind.AgentMessage, Text = text, AgentName = agent };

    private static void Expect(bool holds, string rule)
    {
        if (!holds)
        {
            throw new ConversationStoreConformanceException("The store broke the rule: " + rule + ".");
        }
    }
}
