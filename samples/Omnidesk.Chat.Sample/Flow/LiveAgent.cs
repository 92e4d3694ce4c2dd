using Omnidesk.Chat.Sample.Transcript;

namespace Omnidesk.Chat.Sample.Flow;

/// <summary>A person in a real Omnidesk account: the sample says where to reply, then waits (or skips the wait).</summary>
internal sealed class LiveAgent(ChatTranscript transcript, bool waitForReply, TimeSpan replyTimeout) : IAgentSide
{
    public bool WaitForReply => waitForReply;

    public bool SendsFile => false;

    public TimeSpan ReplyTimeout => replyTimeout;

    public Task ActAsync(string chatSessionId, long? ticketId, CancellationToken cancellationToken)
    {
        transcript.Note($"  Reply to ticket #{ticketId} in Omnidesk now: waiting up to {replyTimeout.TotalMinutes:0.#} min for the agent's message.");
        return Task.CompletedTask;
    }
}
