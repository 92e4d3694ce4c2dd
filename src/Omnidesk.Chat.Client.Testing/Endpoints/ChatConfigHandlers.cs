namespace Omnidesk.Chat.Client.Testing;

/// <summary>The v2 endpoints that read configuration or queues, the chatbot log and the chat-service config.</summary>
internal sealed class ChatConfigHandlers(EmulatorContext context)
{
    public EmulatorResponse RequestChatConfig() => ChatConfigJson.Answer(context.AgentsAvailable);

    public EmulatorResponse ChatServiceRequestChatConfig(FieldSource fields)
        => SecretComparer.Matches(fields.Value("chatServerToken"), context.Options.ChatServerToken)
            ? ChatConfigJson.Answer(context.AgentsAvailable)
            : EmulatorErrors.InvalidChatServerToken();

    public EmulatorResponse CheckOriginAndIp(FieldSource fields)
    {
        var origin = fields.Value("origin")!;
        var ip = fields.Value("ip");
        var domains = context.Options.WhitelistedDomains.ToArray();
        var originAllowed = domains.Length == 0 || Array.Exists(domains, d =>
            string.Equals(origin, d, StringComparison.OrdinalIgnoreCase)
            || origin.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
        var ipBlocked = ip is not null && context.Options.BlacklistedIps.Contains(ip, StringComparer.OrdinalIgnoreCase);

        // A refusal is answered as Omnidesk does: 200 with an error body giving the reason (docs/wire-format.md).
        return (originAllowed, ipBlocked) switch
        {
            (false, _) => EmulatorResponse.Error(200, $"Origin {origin} is not allowed."),
            (_, true) => EmulatorResponse.Error(200, $"IP address {ip} is blocked."),
            _ => EmulatorResponse.Result("Origin and IP allowed.", w => w.WriteBoolean("allowed", true)),
        };
    }

    public EmulatorResponse WhitelistedDomainsAndBlacklistedIps()
        => EmulatorResponse.Result("Whitelisted domains and blacklisted IPs.", w =>
        {
            WriteStrings(w, "whitelistedDomains", context.Options.WhitelistedDomains);
            WriteStrings(w, "blacklistedIPs", context.Options.BlacklistedIps);
        });

    /// <summary>The sessions waiting for an agent, longest waiting first: a session's place is its index + 1 (docs/wire-format.md).</summary>
    public EmulatorResponse RequestChatQueue()
        => EmulatorResponse.Result("Chat queue.", w =>
        {
            w.WriteStartArray("queue");
            foreach (var queued in context.State.Queue())
            {
                w.WriteStartObject();
                w.WriteString("chatSessionID", queued.ChatSessionId);
                w.WriteNumber("ticketID", queued.TicketId);
                w.WriteString("waitingSince", queued.WaitingSince);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

    public EmulatorResponse CreateChatbotLog(FieldSource fields)
    {
        context.State.AddChatbotLog(fields.Value("from")!, fields.Value("subject")!, fields.Value("message")!, fields.Value("brandID"));
        return EmulatorResponse.Ok(w =>
        {
            w.WriteString("result", "success");
            w.WriteString("message", "Chatbot ticket created.");
        });
    }

    private static void WriteStrings(System.Text.Json.Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values.ToArray())
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
