using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.Testing.Conformance;

/// <summary>This file: the one end.</summary>
internal static partial class StoreChecks
{
    public static async Task EndOnceAsync(Func<IOmnideskConversationStore> store, CancellationToken cancellationToken)
    {
        var id = NewSession();
        await store().CreateOrGetAsync(Record(id), null, cancellationToken).ConfigureAwait(false);
        var ends = await Task.WhenAll(new[] { ConversationEndedBy.Agent, ConversationEndedBy.Customer, ConversationEndedBy.IdleTimeout }.Select(by =>
            store().TryEndAsync(id, Ended(by), by == ConversationEndedBy.IdleTimeout ? TimeSpan.Zero : null, TimeSpan.FromMinutes(5), cancellationToken).AsTask())).ConfigureAwait(false);

        Expect(ends.Count(e => e is not null) == 1, $"one of three racing ends wins ({ends.Count(e => e is not null)} did)");
        var winner = ends.Single(e => e is not null)!;
        Expect(winner.Status == ConversationStatus.Ended && winner.EndedBy is not null, "the winner's record is Ended, with who ended it");
        foreach (var log in new[] { ConversationLog.Events, ConversationLog.History })
        {
            var entries = await store().ReadAsync(id, log, 0, 10, cancellationToken).ConfigureAwait(false);
            Expect(entries.Count == 1 && entries[0].Kind == ConversationEntryKind.Ended && entries[0].EndedBy == winner.EndedBy, $"the {log} log holds one Ended, by the winner");
        }

        Expect(await store().TryEndAsync(id, Ended(ConversationEndedBy.Agent), null, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false) is null, "an ended conversation does not end again");
    }

    public static async Task EndIdleAsync(Func<IOmnideskConversationStore> store, CancellationToken cancellationToken)
    {
        var id = NewSession();
        await store().CreateOrGetAsync(Record(id), null, cancellationToken).ConfigureAwait(false);
        await store().TouchAsync(id, cancellationToken).ConfigureAwait(false);

        Expect(await store().TryEndAsync(id, Ended(ConversationEndedBy.IdleTimeout), TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false) is null, "a conversation touched just now is not idle for an hour (by the store's clock)");
        Expect((await store().GetAsync(id, cancellationToken).ConfigureAwait(false))!.Status == ConversationStatus.Open, "it stays open");
    }

    private static ConversationEntry Ended(ConversationEndedBy by) => new() { Timestamp = Then, Kind = ConversationEntryKind.Ended, EndedBy = by };
}
