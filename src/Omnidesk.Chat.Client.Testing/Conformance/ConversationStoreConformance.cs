using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.Testing.Conformance;

/// <summary>
/// The conformance suite of <see cref="IOmnideskConversationStore"/>: what the conversation layer relies on, checked
/// against a real store, for any test framework. Run every check in <see cref="Checks"/> (one test case each); a check
/// that finds the contract broken throws <see cref="ConversationStoreConformanceException"/>. Each check uses session
/// ids of its own, so all can run against one store, one after another or at once.
/// </summary>
/// <example>
/// NUnit: <c>[TestCaseSource(typeof(ConversationStoreConformance), nameof(ConversationStoreConformance.Checks))]
/// public Task Conforms(ConversationStoreCheck check) =&gt; check.RunAsync(() =&gt; myStore);</c>
/// </example>
public static class ConversationStoreConformance
{
    /// <summary>Every check, each named after the rule it checks.</summary>
    public static IReadOnlyList<ConversationStoreCheck> Checks { get; } =
    [
        new("CreateOrGet creates once; a second call gets the stored record", StoreChecks.CreateOnceAsync),
        new("TryUpdate is a compare-and-set on the version", StoreChecks.CompareAndSetAsync),
        new("Append gives sequences 1..N from several instances at once", StoreChecks.AppendSequencesAsync),
        new("RecordAgentEvent announces an agent once, first, and keeps typing out of the history", StoreChecks.AgentEventAsync),
        new("RecordAgentEvent writes nothing for a session with no record or one that ended", StoreChecks.AgentEventUnmatchedAsync),
        new("TryEnd ends once whoever races, with one Ended in each log", StoreChecks.EndOnceAsync),
        new("TryEnd with idleFor ends only a conversation idle that long", StoreChecks.EndIdleAsync),
        new("WaitForEvents answers at once when newer events exist, and false for a session that is gone", StoreChecks.WaitAsync),
        new("Reader positions are kept per reader name", StoreChecks.ReaderPositionsAsync),
    ];
}
