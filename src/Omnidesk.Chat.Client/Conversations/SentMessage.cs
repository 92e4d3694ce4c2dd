namespace Omnidesk.Chat.Client.Conversations;

/// <summary>A customer message Omnidesk took.</summary>
/// <param name="MessageNumber">Its number in the session (<c>messageNumber</c>): 1, 2, 3…</param>
/// <param name="TicketId">The ticket it went to, when Omnidesk said (<c>ticketID</c>).</param>
/// <param name="SentAt">When it was taken.</param>
public sealed record SentMessage(int MessageNumber, long? TicketId, DateTimeOffset SentAt);
