namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// Settings of the conversation layer, bound from the configuration section <c>Omnidesk:Conversations</c>
/// (<see cref="SectionName"/>) and validated when the application starts.
/// </summary>
public sealed class OmnideskConversationsOptions
{
    /// <summary>The configuration section the options are bound from by default.</summary>
    public const string SectionName = "Omnidesk:Conversations";

    /// <summary>Whether <see cref="IOmnideskConversations.StartAsync"/> asks the chat service if an agent is available first.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool CheckAgentsAvailable { get; set; }

    /// <summary>
    /// How long a conversation may go without a message from either side before the layer ends it
    /// (<c>notifyUserEndChat</c>, <see cref="ConversationEndedBy.IdleTimeout"/>). The documents leave the session's
    /// lifetime to you ("your software is in control of the session").
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: conversations never end by themselves.</value>
    public TimeSpan? IdleTimeout { get; set; }

    /// <summary>How long before the idle end the customer is warned with a <see cref="ConversationNotice"/>; zero gives no warning.</summary>
    /// <value>Defaults to 1 minute. Must be shorter than <see cref="IdleTimeout"/>.</value>
    public TimeSpan IdleWarningBefore { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The idle warning's text when the chat configuration gives none (<c>session_timeout_warning</c>).</summary>
    /// <value>Defaults to <c>This chat will close soon because there has been no activity.</c></value>
    public string IdleWarningText { get; set; } = "This chat will close soon because there has been no activity.";

    /// <summary>How often open conversations are checked for idleness.</summary>
    /// <value>Defaults to 5 seconds.</value>
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an ended conversation (its state, history, events and files) is kept for late readers.</summary>
    /// <value>Defaults to 10 minutes.</value>
    public TimeSpan RetainEndedFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an agent file's content is kept when nobody opens it.</summary>
    /// <value>Defaults to 1 hour.</value>
    public TimeSpan FileRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a start may take before its unfinished record expires, so a crashed start does not block the session id.</summary>
    /// <value>Defaults to 2 minutes.</value>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The largest customer file <see cref="OmnideskConversation.SendFileAsync"/> sends, by media type: an exact type
    /// (<c>application/pdf</c>) or a family (<c>image/*</c>). Types not listed use <see cref="MaxFileSize"/>. Checked
    /// before anything is sent. Omnidesk documents no limits; the defaults follow common chat services.
    /// </summary>
    /// <value>Defaults to <c>image/*</c> 10 MiB, <c>audio/*</c> 25 MiB, <c>video/*</c> 100 MiB.</value>
    public IDictionary<string, long> MaxFileSizeByMediaType { get; } = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
    {
        ["image/*"] = 10L * 1024 * 1024,
        ["audio/*"] = 25L * 1024 * 1024,
        ["video/*"] = 100L * 1024 * 1024,
    };

    /// <summary>The largest customer file of a media type not in <see cref="MaxFileSizeByMediaType"/>.</summary>
    /// <value>Defaults to 50 MiB.</value>
    public long MaxFileSize { get; set; } = 50L * 1024 * 1024;

    /// <summary>The bounds of the default in-memory store.</summary>
    public OmnideskMemoryStoreOptions Memory { get; } = new();
}
