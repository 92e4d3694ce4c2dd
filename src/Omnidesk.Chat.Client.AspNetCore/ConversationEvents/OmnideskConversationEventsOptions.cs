namespace Omnidesk.Chat.Client.AspNetCore;

/// <summary>Options of one <c>MapOmnideskConversationEvents</c> endpoint.</summary>
public sealed class OmnideskConversationEventsOptions
{
    /// <summary>Gets or sets how often a heartbeat (an SSE event named <c>heartbeat</c> with empty data) is sent while no event comes, so proxies keep the connection open; more than 0 and at most 1 hour.</summary>
    /// <value>Defaults to 15 seconds.</value>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets how long the browser waits before it reconnects after the connection was lost (the SSE <c>retry</c> field); 0 to 1 hour.</summary>
    /// <value>Defaults to 2 seconds.</value>
    public TimeSpan ReconnectionInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Gets or sets the prefix of the conversation reader names this endpoint uses (<c>{ReaderPrefix}:{Last-Event-ID}:{connection}</c>),
    /// so its positions do not mix with your own readers'. Give two endpoints on the same conversations different prefixes.
    /// </summary>
    /// <value>Defaults to <c>sse</c>.</value>
    public string ReaderPrefix { get; set; } = "sse";

    /// <summary>
    /// Gets or sets the account whose conversations are streamed (the keyed <see cref="Conversations.IOmnideskConversations"/>
    /// of <c>AddOmnideskChat(account).AddOmnideskConversations()</c>), or <see langword="null"/> for the unnamed one.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public string? Account { get; set; }
}
