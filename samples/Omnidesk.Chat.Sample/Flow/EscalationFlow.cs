using Omnidesk.Chat.Client;
using Omnidesk.Chat.Sample.Hookpoints;
using Omnidesk.Chat.Sample.Transcript;

namespace Omnidesk.Chat.Sample.Flow;

/// <summary>
/// The documented escalation, step by step: agents available? → chatbot log → the customer's first message
/// opens a ticket → page visit → typing → the customer's file → the agent types, replies and sends a file to
/// the hookpoints → the customer ends the session.
/// </summary>
internal sealed class EscalationFlow(IOmnideskChatApi omnidesk, AgentInbox inbox, IAgentSide agent, ChatTranscript transcript)
{
    public async Task RunAsync(string chatSessionId, CancellationToken cancellationToken)
    {
        if (!await omnidesk.AreAgentsAvailableAsync(cancellationToken: cancellationToken))
        {
            throw new SampleFailedException("No agent is available now (the chat service says hide_reason_no_agents_available); try again when an agent is online.");
        }

        transcript.Add("sample", StepKind.AgentsChecked, "Agents are available: the chatbot hands the customer over.");

        var log = await omnidesk.CreateChatbotLogAsync(new ChatbotLog
        {
            From = Customer.Email,
            Subject = Customer.ChatbotSubject,
            Message = Customer.ChatbotConversation,
        }, cancellationToken);
        var lines = Customer.ChatbotConversation.Split('\n').Length;
        transcript.Add("bot", StepKind.ChatbotLogPushed, $"Pushed the bot conversation ({lines} lines) as a chatbot log: {log.Message ?? log.Result ?? "stored"}");

        var opened = await omnidesk.NotifyUserNewChatMessageAsync(new NewChatMessage
        {
            ChatSessionId = chatSessionId,
            Message = Customer.FirstMessage,
            MessageNumber = 1,
            Url = Customer.StartPage,
            CustomerName = OmnideskCustomerName.FromDisplayName(Customer.DisplayName),
            EmailAddress = Customer.Email,
        }, cancellationToken);
        transcript.Add("customer", StepKind.Escalated, $"{Customer.FirstMessage}  [ticket #{opened.TicketId} created]");

        await omnidesk.NotifyUserVisitedAsync(new UserVisit { ChatSessionId = chatSessionId, Url = Customer.OrderPage }, cancellationToken);
        transcript.Add("customer", StepKind.PageVisited, $"opened {Customer.OrderPage}");

        await omnidesk.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = chatSessionId, Event = ChatEventType.StartedTyping }, cancellationToken);
        transcript.Add("customer", StepKind.CustomerStartedTyping, "is typing...");
        await omnidesk.NotifyUserNewChatEventAsync(new ChatEvent { ChatSessionId = chatSessionId, Event = ChatEventType.StoppedTyping }, cancellationToken);
        transcript.Add("customer", StepKind.CustomerStoppedTyping, "stopped typing");

        using (var photo = new MemoryStream(Customer.Photo(), writable: false))
        {
            var attached = await omnidesk.AddAttachmentAsync(photo, Customer.PhotoName, "image/jpeg", new AttachmentUpload { ChatSessionId = chatSessionId }, cancellationToken);
            transcript.Add("customer", StepKind.CustomerFileUploaded, $"uploaded {Customer.PhotoName} ({photo.Length:N0} bytes)  [message #{attached.MessageId} on ticket #{attached.TicketId}]");
        }

        await AwaitAgentAsync(chatSessionId, opened.TicketId, cancellationToken);

        await omnidesk.NotifyUserEndChatAsync(new EndChat { ChatSessionId = chatSessionId }, cancellationToken);
        transcript.Add("customer", StepKind.SessionEnded, $"closed the chat: session {chatSessionId} ended");
    }

    private async Task AwaitAgentAsync(string chatSessionId, long? ticketId, CancellationToken cancellationToken)
    {
        if (!agent.WaitForReply)
        {
            transcript.Add("sample", StepKind.AgentSkipped, "Not waiting for an agent's reply (Sample:WaitForAgent=false).");
            return;
        }

        await agent.ActAsync(chatSessionId, ticketId, cancellationToken);
        try
        {
            await inbox.Reply.WaitAsync(agent.ReplyTimeout, cancellationToken);
            if (agent.SendsFile)
            {
                await inbox.File.WaitAsync(agent.ReplyTimeout, cancellationToken);
            }
        }
        catch (TimeoutException)
        {
            throw new SampleFailedException(
                $"The agent's {(inbox.Reply.IsCompleted ? "file" : "reply")} did not reach the hookpoints within {agent.ReplyTimeout.TotalSeconds:0} s: check that Omnidesk can reach the chatServer address.");
        }
    }
}
