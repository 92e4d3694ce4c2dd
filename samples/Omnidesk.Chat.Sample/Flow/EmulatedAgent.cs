using System.Text;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Sample.Flow;

/// <summary>The emulator's agent: types, replies and sends a file to the session's hookpoints, as Omnidesk would.</summary>
internal sealed class EmulatedAgent(EmulatorAgent agent, TimeSpan replyTimeout) : IAgentSide
{
    public const string AgentName = "Anna";
    public const string ReplyText = "Hi Zoe, sorry about the damaged box! Here is a return label: print it and drop the parcel at any post office.";
    public const string FileName = "return-label-1042.pdf";

    public bool WaitForReply => true;

    public bool SendsFile => true;

    public TimeSpan ReplyTimeout => replyTimeout;

    public async Task ActAsync(string chatSessionId, long? ticketId, CancellationToken cancellationToken)
    {
        Check("typing started", await agent.SetTypingAsync(chatSessionId, typing: true, cancellationToken: cancellationToken));
        Check("typing stopped", await agent.SetTypingAsync(chatSessionId, typing: false, cancellationToken: cancellationToken));
        Check("reply", await agent.SendMessageAsync(chatSessionId, ReplyText, AgentName, cancellationToken: cancellationToken));
        var label = Encoding.ASCII.GetBytes("%PDF-1.7\n% return label for order 1042\n%%EOF\n");
        Check("file", await agent.SendFileAsync(chatSessionId, FileName, label, "application/pdf", cancellationToken));
    }

    private static void Check(string what, HookpointDelivery delivery)
    {
        if (delivery.StatusCode != 200)
        {
            throw new SampleFailedException($"The sample's hookpoint answered {delivery.StatusCode} to the agent's {what}: {delivery.Body}");
        }
    }
}
