using System.Globalization;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>The v2 endpoints that change a chat session: message, event, visit, end and attachment.</summary>
internal sealed class ChatApiHandlers(EmulatorContext context)
{
    public EmulatorResponse NewMessage(FieldSource fields, RequestSnapshot request)
    {
        var sessionId = fields.Value("chatSessionID")!;
        var stored = request.Form
            .Where(f => f.Key != EmulatorRules.ChatAccountToken)
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var message = context.State.AddMessage(sessionId, fields.Value("chatServer")!, (messageId, ticketId, now) => new EmulatedChatMessage
        {
            MessageId = messageId,
            TicketId = ticketId,
            Message = fields.Value("message")!,
            MessageNumber = ParseInt(fields.Value("messageNumber")),
            ChannelId = ParseInt(fields.Value("channelID")),
            CustomerName = fields.Value("customerName"),
            EmailAddress = fields.Value("emailAddress"),
            PhoneNumber = fields.Value("phoneNumber"),
            Url = fields.Value("url"),
            Fields = stored,
            ReceivedAt = now,
        });
        return EmulatorResponse.Result("Message sent.", w => w.WriteNumber("ticketID", message.TicketId));
    }

    public EmulatorResponse NewEvent(FieldSource fields)
    {
        var sessionId = fields.Value("chatSessionID")!;
        return Answer(context.State.AddEvent(sessionId, fields.Value("event")!), sessionId, "Event sent.");
    }

    public EmulatorResponse Visited(FieldSource fields)
    {
        var sessionId = fields.Value("chatSessionID")!;
        return Answer(context.State.AddVisit(sessionId, fields.Value("url")!), sessionId, "Visit registered.");
    }

    public EmulatorResponse EndChat(FieldSource fields)
    {
        var sessionId = fields.Value("chatSessionID")!;
        return Answer(context.State.EndSession(sessionId), sessionId, "Session ended.");
    }

    public EmulatorResponse AddAttachment(FieldSource fields, RequestSnapshot request)
    {
        var file = request.Files.FirstOrDefault(f => f.Name == "file");
        if (file is null)
        {
            return EmulatorErrors.Validation("file: is required (a multipart file part named file)");
        }

        var sessionId = fields.Value("chatSessionID")!;
        var outcome = context.State.AddAttachment(sessionId, file, out var attachment);
        return Answer(outcome, sessionId, "Attachment uploaded.", w =>
        {
            w.WriteNumber("ticketID", attachment!.TicketId);
            w.WriteNumber("messageID", attachment.MessageId);
        });
    }

    private static EmulatorResponse Answer(
        SessionOutcome outcome,
        string sessionId,
        string message,
        Action<System.Text.Json.Utf8JsonWriter>? extra = null) => outcome switch
        {
            SessionOutcome.UnknownSession => EmulatorErrors.UnknownSession(sessionId),
            SessionOutcome.SessionEnded => EmulatorErrors.SessionEnded(sessionId),
            _ => EmulatorResponse.Result(message, extra),
        };

    private static int? ParseInt(string? value)
        => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
}
