using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Settings of an <see cref="OmnideskEmulator"/>: the credentials it accepts, agent availability, size limits,
/// the origin/IP lists and logging.
/// </summary>
/// <remarks>
/// The emulator reads these properties at each request, so a test may change them while the emulator runs;
/// <see cref="MaxRequestBodySize"/>, <see cref="MaxFormValueLength"/>, <see cref="LoggerFactory"/> and
/// <see cref="AgentTimeout"/> and <see cref="EnableDesk"/> are read once, at start.
/// </remarks>
public sealed class OmnideskEmulatorOptions
{
    /// <summary>
    /// Gets or sets the API key the v2 endpoints accept, in the <c>apiKey</c> header or the <c>apiKey</c> query
    /// parameter. <see langword="null"/> means the v2 endpoints need no key.
    /// </summary>
    /// <value>Defaults to <c>emulator-api-key-0001</c>.</value>
    public string? ApiKey { get; set; } = "emulator-api-key-0001";

    /// <summary>
    /// Gets or sets the API key the v1 chats endpoints accept in the <c>authorization</c> header (the raw key, no
    /// scheme word). <see langword="null"/> means the v1 endpoints need no key.
    /// </summary>
    /// <value>Defaults to <c>emulator-chats-key-0001</c>.</value>
    public string? ChatsApiKey { get; set; } = "emulator-chats-key-0001";

    /// <summary>Gets or sets the <c>chatAccountToken</c> the emulator accepts (letters and digits, at least 10).</summary>
    /// <value>Defaults to <c>emulatorAccountToken01</c>.</value>
    public string ChatAccountToken { get; set; } = "emulatorAccountToken01";

    /// <summary>Gets or sets the <c>chatServerToken</c> the chat-service <c>GET /requestChatConfig</c> accepts.</summary>
    /// <value>Defaults to <c>emulatorServerToken01</c>.</value>
    public string ChatServerToken { get; set; } = "emulatorServerToken01";

    /// <summary>
    /// Gets or sets whether agents are available when the emulator starts; change it later through
    /// <see cref="OmnideskEmulator.AgentsAvailable"/>.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool AgentsAvailable { get; set; } = true;

    /// <summary>
    /// Gets the domains <c>whitelistedDomainsAndBlacklistedIPs</c> returns. When the list is not empty,
    /// <c>checkOriginAndIP</c> allows only these origins (and their subdomains) and refuses any other as Omnidesk
    /// does: 200 with an error body whose <c>message</c> is the reason.
    /// </summary>
    /// <value>Defaults to an empty list: every origin is allowed.</value>
    public IList<string> WhitelistedDomains { get; } = new List<string>();

    /// <summary>
    /// Gets the IP addresses <c>whitelistedDomainsAndBlacklistedIPs</c> returns and <c>checkOriginAndIP</c> refuses
    /// (200 with an error body whose <c>message</c> is the reason).
    /// </summary>
    /// <value>Defaults to an empty list.</value>
    public IList<string> BlacklistedIps { get; } = new List<string>();

    /// <summary>Gets or sets the largest request body, in bytes, the emulator reads; larger bodies get 413.</summary>
    /// <value>Defaults to 10 MiB.</value>
    public long MaxRequestBodySize { get; set; } = 10 * 1024 * 1024;

    /// <summary>Gets or sets the longest form field value, in characters, the emulator reads; longer ones get 413.</summary>
    /// <value>Defaults to 1 MiB (1,048,576 characters).</value>
    public int MaxFormValueLength { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets how long the agent waits for a hookpoint to answer.</summary>
    /// <value>Defaults to 30 seconds.</value>
    public TimeSpan AgentTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets whether the emulator serves the agent desk at <see cref="OmnideskEmulator.DeskAddress"/>: a page
    /// that lists the sessions live, shows each one's transcript, and lets a person reply, send a file, set typing
    /// and end the session through <see cref="OmnideskEmulator.Agent"/>. Read once, at start.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool EnableDesk { get; set; }

    /// <summary>Gets or sets the clock used for the timestamps the emulator stores and returns.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets the logger factory for the emulator's own log lines and Kestrel's (ASP.NET Core's "Request
    /// starting" lines included). Every entry, its state values and every scope reach it with the secrets replaced by
    /// <see cref="Hookpoints.OmnideskSecretRedaction.Mask"/>, as the SDK masks them: the keys and tokens above, the
    /// hookpoint tokens in the sessions' <c>chatServer</c>, and the values of the <c>apiKey</c>,
    /// <c>chatAccountToken</c>, <c>chatServerToken</c> and <c>chatServer</c> parameters in a logged URL (a wrong key
    /// too). <see langword="null"/> means no logging.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public ILoggerFactory? LoggerFactory { get; set; }
}
