using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Sample.Transcript;

namespace Omnidesk.Chat.Sample.Flow;

/// <summary>
/// The documented escalation as one conversation: the handover (agents available? → chatbot log → the first message
/// opens a ticket) → page visit → typing → the customer's file → the agent's typing, reply and file arrive as events →
/// the customer ends the session.
/// </summary>
internal sealed class EscalationFlow(IOmnideskConversations conversations, IAgentSide agent, ChatTranscript transcript)
{
    public async Task RunAsync(string chatSessionId, CancellationToken cancellationToken)
    {
        var start = await conversations.StartAsync(new ConversationStartRequest
        {
            SessionId = chatSessionId,
            Message = Customer.FirstMessage,
            Url = Customer.StartPage,
            CustomerName = OmnideskCustomerName.FromDisplayName(Customer.DisplayName),
            EmailAddress = Customer.Email,
            CheckAgentsAvailable = true,
            ChatbotLog = new ChatbotLog { From = Customer.Email, Subject = Customer.ChatbotSubject, Message = Customer.ChatbotConversation },
        }, cancellationToken);
        if (start.Outcome == ConversationStartOutcome.NoAgentsAvailable)
        {
            throw new SampleFailedException("No agent is available now (the chat service says hide_reason_no_agents_available); try again when an agent is online.");
        }

        var conversation = start.Conversation!;
        transcript.Add("sample", StepKind.AgentsChecked, "Agents are available: the chatbot hands the customer over.");
        var lines = Customer.ChatbotConversation.Split('\n').Length;
        transcript.Add("bot", StepKind.ChatbotLogPushed, $"Pushed the bot conversation ({lines} lines) as a chatbot log.");
        transcript.Add("customer", StepKind.Escalated, $"{Customer.FirstMessage}  [ticket #{conversation.TicketId} created]");

        await conversation.VisitAsync(Customer.OrderPage, cancellationToken);
        transcript.Add("customer", StepKind.PageVisited, $"opened {Customer.OrderPage}");

        await conversation.SetTypingAsync(true, cancellationToken);
        transcript.Add("customer", StepKind.CustomerStartedTyping, "is typing...");
        await conversation.SetTypingAsync(false, cancellationToken);
        transcript.Add("customer", StepKind.CustomerStoppedTyping, "stopped typing");

        using (var photo = new MemoryStream(Customer.Photo(), writable: false))
        {
            var sent = await conversation.SendFileAsync(photo, Customer.PhotoName, "image/jpeg", cancellationToken);
            transcript.Add("customer", StepKind.CustomerFileUploaded, $"uploaded {sent.FileName} ({sent.Length:N0} bytes)  [message #{sent.MessageId} on ticket #{conversation.TicketId}]");
        }

        await AwaitAgentAsync(conversation, cancellationToken);

        await conversation.EndAsync(cancellationToken);
        transcript.Add("customer", StepKind.SessionEnded, $"closed the chat: session {chatSessionId} ended");
    }

    private async Task AwaitAgentAsync(OmnideskConversation conversation, CancellationToken cancellationToken)
    {
        if (!agent.WaitForReply)
        {
            transcript.Add("sample", StepKind.AgentSkipped, "Not waiting for an agent's reply (Sample:WaitForAgent=false).");
            return;
        }

        await agent.ActAsync(conversation.SessionId, conversation.TicketId, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(agent.ReplyTimeout);
        bool replied = false, fileReceived = false;
        try
        {
            // The agent's side, typed and in arrival order: a real app pushes each event on to the customer's chat window.
            await foreach (var item in conversation.ReadEventsAsync(timeout.Token))
            {
                switch (item)
                {
                    case AgentTypingStarted:
                        transcript.Add("agent", StepKind.AgentTyping, "is typing...");
                        break;
                    case AgentTypingStopped:
                        transcript.Add("agent", StepKind.AgentTyping, "stopped typing");
                        break;
                    case AgentMessage message:
                        transcript.Add("agent", StepKind.AgentReplied, $"{message.AgentName ?? "Agent"}: {message.Text}");
                        replied = true;
                        break;
                    case AgentFile file:
                        var length = await ReadFileAsync(conversation, file, cancellationToken);
                        transcript.Add("agent", StepKind.AgentFileReceived, $"sent the file {file.FileName} ({length:N0} bytes, {file.ContentType ?? "no content type"})");
                        fileReceived = true;
                        break;
                }

                if (replied && (fileReceived || !agent.SendsFile))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SampleFailedException(
                $"The agent's {(replied ? "file" : "reply")} did not reach the hookpoints within {agent.ReplyTimeout.TotalSeconds:0} s: check that Omnidesk can reach the chatServer address.");
        }
    }

    /// <summary>Opens the agent's file, kept by the conversation until opened (a real app hands it to the customer).</summary>
    private static async Task<long> ReadFileAsync(OmnideskConversation conversation, AgentFile file, CancellationToken cancellationToken)
    {
        await using var content = await conversation.OpenFileAsync(file, cancellationToken);
        if (content is null)
        {
            return 0;
        }

        var buffer = new byte[16 * 1024];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
        }

        return length;
    }
}
