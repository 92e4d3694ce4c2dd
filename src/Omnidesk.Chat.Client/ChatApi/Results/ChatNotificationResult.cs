namespace Omnidesk.Chat.Client;

/// <summary>
/// The answer to a notification that creates nothing: an event (<c>Event sent.</c>), a visit, or the end of a
/// session (<c>Session ended.</c>).
/// </summary>
public sealed record ChatNotificationResult : ChatApiResult;
