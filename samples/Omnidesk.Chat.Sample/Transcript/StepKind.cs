namespace Omnidesk.Chat.Sample.Transcript;

/// <summary>The steps of the escalation flow, in the order the sample runs them.</summary>
internal enum StepKind
{
    AgentsChecked,
    ChatbotLogPushed,
    Escalated,
    PageVisited,
    CustomerStartedTyping,
    CustomerStoppedTyping,
    CustomerFileUploaded,
    AgentTyping,
    AgentReplied,
    AgentFileReceived,
    AgentSkipped,
    SessionEnded,
}
