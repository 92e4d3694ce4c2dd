using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>Turns each typed event of the agent's side into what the customer's page shows.</summary>
internal static class AgentEventLines
{
    public static void Add(ChatSession session, ConversationEvent e)
    {
        switch (e)
        {
            case AgentJoined joined:
                session.Add("joined", l => l with { Author = joined.AgentName, Text = $"{joined.AgentName} joined the chat." });
                break;
            case AgentMessage message:
                session.Add("agent", l => l with { Author = message.AgentName ?? "Agent", Text = message.Text });
                break;
            case AgentTypingStarted:
                session.Add("typing-started");
                break;
            case AgentTypingStopped:
                session.Add("typing-stopped");
                break;
            case AgentFile file:
                session.Files[file.FileId] = file;
                session.Add("file", l => l with
                {
                    FileName = file.FileName,
                    Size = file.Length,
                    Download = file.IsContentKept ? $"/api/chat/{session.Id}/files/{Uri.EscapeDataString(file.FileId)}" : null,
                    Text = file.IsContentKept ? null : "The file was too large to keep; ask the agent to send it another way.",
                });
                break;
            case ConversationNotice notice:
                session.Add("notice", l => l with { Text = notice.Text });
                break;
            case ConversationEventsDropped dropped:
                session.Add("notice", l => l with { Text = $"{dropped.Count} update(s) from the agent were missed." });
                break;
            case ConversationEnded ended:
                session.Ended = true;
                session.Add("ended", l => l with
                {
                    Text = ended.EndedBy switch
                    {
                        ConversationEndedBy.Agent => "The agent ended the chat. Thank you for contacting us!",
                        ConversationEndedBy.Customer => "You ended the chat.",
                        _ => "The chat was closed after a period of inactivity.",
                    },
                });
                break;
        }
    }
}
