using Omnidesk.Chat.Client.Conversations;

namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>
/// What this app keeps from the agent's side for itself: the agent's files (so the customer can download them once)
/// and the end. The page shows the agent's side from the conversation's event stream, not from here.
/// </summary>
internal static class AgentFiles
{
    public static void Observe(ChatSession session, ConversationEvent e)
    {
        switch (e)
        {
            case AgentFile { IsContentKept: true } file:
                session.Files[file.FileId] = file;
                break;
            case ConversationEnded:
                session.Ended = true;
                break;
        }
    }
}
