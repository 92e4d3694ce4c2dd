using Omnidesk.Chat.Client.AspNetCore.Internal;
using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.ConversationEvents;

/// <summary>The JSON a browser gets in each SSE message's data: every event type with its <c>type</c>, source-generated.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ConversationEventJsonTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 8, 9, 30, 0, TimeSpan.Zero);

    private static IEnumerable<TestCaseData> Events()
    {
        const string Common = "\"sessionId\":\"s-1\",\"sequence\":7,\"timestamp\":\"2026-12-08T09:30:00+00:00\"";
        yield return new TestCaseData(new AgentJoined("s-1", 7, At, "Anna", "https://cdn.example.com/a.png"), "{\"type\":\"agentJoined\",\"agentName\":\"Anna\",\"picture\":\"https://cdn.example.com/a.png\"," + Common + "}");
        yield return new TestCaseData(new AgentMessage("s-1", 7, At, null, null, "<b>hi</b>"), "{\"type\":\"agentMessage\",\"agentName\":null,\"picture\":null,\"text\":\"\\u003Cb\\u003Ehi\\u003C/b\\u003E\"," + Common + "}");
        yield return new TestCaseData(new AgentFile("s-1", 7, At, "f-1", "label.pdf", "application/pdf", 70_000, true), "{\"type\":\"agentFile\",\"fileId\":\"f-1\",\"fileName\":\"label.pdf\",\"contentType\":\"application/pdf\",\"length\":70000,\"isContentKept\":true," + Common + "}");
        yield return new TestCaseData(new AgentTypingStarted("s-1", 7, At), "{\"type\":\"agentTypingStarted\"," + Common + "}");
        yield return new TestCaseData(new AgentTypingStopped("s-1", 7, At), "{\"type\":\"agentTypingStopped\"," + Common + "}");
        yield return new TestCaseData(new ConversationNotice("s-1", 7, At, ConversationNoticeKind.IdleWarning, "Still there?"), "{\"type\":\"conversationNotice\",\"kind\":\"IdleWarning\",\"text\":\"Still there?\"," + Common + "}");
        yield return new TestCaseData(new ConversationEnded("s-1", 7, At, ConversationEndedBy.IdleTimeout, "Closed"), "{\"type\":\"conversationEnded\",\"endedBy\":\"IdleTimeout\",\"text\":\"Closed\"," + Common + "}");
        yield return new TestCaseData(new ConversationEventsDropped("s-1", 7, At, 3), "{\"type\":\"conversationEventsDropped\",\"count\":3," + Common + "}");
        yield return new TestCaseData(new FutureEvent("s-1", 7, At, "not sent"), "{\"type\":\"futureEvent\"," + Common + "}");
    }

    [TestCaseSource(nameof(Events))]
    public void Serialize_EachEventType_IsItsFieldsWithAnExplicitType(ConversationEvent item, string json)
    {
        Assert.That(ConversationEventJson.Serialize(item), Is.EqualTo(json));
    }

    /// <summary>An event type newer than the package: sent with its name and the common fields rather than dropped.</summary>
    public sealed record FutureEvent(string SessionId, long Sequence, DateTimeOffset Timestamp, string Detail)
        : ConversationEvent(SessionId, Sequence, Timestamp);
}
