using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Sample.Transcript;

namespace Omnidesk.Chat.Sample.Hookpoints;

/// <summary>
/// What the agent sent to the sample's hookpoints: each event is written to the transcript as it arrives, and
/// the first reply and the first file complete a task the flow waits for.
/// </summary>
internal sealed class AgentInbox(ChatTranscript transcript)
{
    private readonly TaskCompletionSource<AgentMessageEvent> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _file = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the agent's first message.</summary>
    public Task<AgentMessageEvent> Reply => _reply.Task;

    /// <summary>Completes with the name of the first file the agent sent.</summary>
    public Task<string> File => _file.Task;

    public void Typing(AgentTypingEvent typing) =>
        transcript.Add("agent", StepKind.AgentTyping, typing.IsTyping ? "is typing..." : "stopped typing");

    public void Replied(AgentMessageEvent message)
    {
        transcript.Add("agent", StepKind.AgentReplied, $"{message.AgentName ?? "Agent"}: {message.Message}");
        _reply.TrySetResult(message);
    }

    public void FileReceived(AgentFileEvent file, long length)
    {
        transcript.Add("agent", StepKind.AgentFileReceived, $"sent the file {file.FileName} ({length:N0} bytes, {file.ContentType ?? "no content type"})");
        _file.TrySetResult(file.FileName);
    }

    public void SessionEnded(SessionEndedEvent ended) =>
        transcript.Add("agent", StepKind.SessionEnded, $"ended the chat session {ended.SessionId}");
}
