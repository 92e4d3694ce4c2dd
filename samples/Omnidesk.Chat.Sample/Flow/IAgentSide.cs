namespace Omnidesk.Chat.Sample.Flow;

/// <summary>The agent's side of the flow: the emulator's agent, or a person in a real Omnidesk account.</summary>
internal interface IAgentSide
{
    /// <summary>Whether the flow waits for the agent's reply (and, when <see cref="SendsFile"/>, file).</summary>
    bool WaitForReply { get; }

    /// <summary>Whether the agent is expected to send a file too.</summary>
    bool SendsFile { get; }

    /// <summary>How long the flow waits for the reply.</summary>
    TimeSpan ReplyTimeout { get; }

    /// <summary>Lets the agent act on the session once the customer has escalated.</summary>
    Task ActAsync(string chatSessionId, long? ticketId, CancellationToken cancellationToken);
}
