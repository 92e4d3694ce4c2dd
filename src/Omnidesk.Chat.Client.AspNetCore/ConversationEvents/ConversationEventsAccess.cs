namespace Omnidesk.Chat.Client.AspNetCore;

/// <summary>
/// What the authorization callback of <c>MapOmnideskConversationEvents</c> decides for one request: stream the
/// session's events, or refuse with a status code.
/// </summary>
public enum ConversationEventsAccess
{
    /// <summary>The caller may read the session's events.</summary>
    Allow,

    /// <summary>The caller is not signed in: answered 401.</summary>
    Unauthorized,

    /// <summary>The caller is signed in but may not read this session: answered 403.</summary>
    Forbidden,

    /// <summary>Say nothing about the session, not even that it exists: answered 404.</summary>
    NotFound,
}
