namespace Omnidesk.Chat.Client.Testing;

public sealed partial class EmulatorState
{
    private readonly List<EmulatedChatbotLog> _chatbotLogs = [];

    /// <summary>Gets the chatbot logs received, in arrival order.</summary>
    public IReadOnlyList<EmulatedChatbotLog> ChatbotLogs
    {
        get
        {
            lock (_gate)
            {
                return [.. _chatbotLogs];
            }
        }
    }

    internal EmulatedChatbotLog AddChatbotLog(string from, string subject, string message, string? brandId)
    {
        lock (_gate)
        {
            var log = new EmulatedChatbotLog
            {
                TicketId = NewTicketId(),
                From = from,
                Subject = subject,
                Message = message,
                BrandId = brandId,
                ReceivedAt = Now(),
            };
            _chatbotLogs.Add(log);
            return log;
        }
    }
}
