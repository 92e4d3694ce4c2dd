using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client;

/// <summary>
/// Settings of the Omnidesk clients, bound from the configuration section <c>Omnidesk</c>
/// (<see cref="SectionName"/>) or set by a delegate, and validated when the application starts.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> never shows a secret: keys and tokens appear only as set or not set, and
/// <see cref="ChatServer"/> without its path (where the hookpoints' secret token goes).
/// </remarks>
public sealed class OmnideskChatOptions
{
    /// <summary>The configuration section the options are bound from by default.</summary>
    public const string SectionName = "Omnidesk";

    /// <summary>
    /// The configuration section under which <c>AddOmnideskChat("brand-b")</c> finds an account's options
    /// (<c>Omnidesk:Accounts:brand-b</c>), and which validation messages of an account set in code name.
    /// </summary>
    public const string AccountsSectionName = "Omnidesk:Accounts";

    /// <summary>The documented address of Omnidesk's chat service.</summary>
    public static readonly Uri DefaultChatServiceAddress = new("https://chat.omnidesk.io/");

    /// <summary>Your Omnidesk account's address, such as <c>https://youraccount.omnidesk.com/</c>. Required.</summary>
    /// <value>No default: start-up fails when it is missing.</value>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key with the <c>API_CHAT</c> permission, sent on every v2 Chat API call when set.</summary>
    /// <value>Defaults to <see langword="null"/>: no key is sent.</value>
    public string? ApiKey { get; set; }

    /// <summary>Where the v2 API key goes on the wire.</summary>
    /// <value>Defaults to <see cref="ApiKeyLocation.Header"/> (an <c>apiKey</c> header).</value>
    public ApiKeyLocation ApiKeyLocation { get; set; } = ApiKeyLocation.Header;

    /// <summary>The API key for the v1 chats API, sent in the <c>authorization</c> header.</summary>
    /// <value>Defaults to <see langword="null"/>: <see cref="ApiKey"/> is used.</value>
    public string? ChatsApiKey { get; set; }

    /// <summary>
    /// The chat account token created in Omnidesk (Settings &gt; Channels &gt; Live chat &gt; Tokens), used when a
    /// request does not carry its own. Letters and digits, at least 10 characters.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: each request must carry one.</value>
    public string? ChatAccountToken { get; set; }

    /// <summary>
    /// The base address of your hookpoints (Omnidesk POSTs the agent's replies to <c>{ChatServer}/messageForCustomer</c>
    /// and so on), used when a request does not carry its own. Letters, digits and <c>. : / -</c> only.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: each request must carry one.</value>
    public string? ChatServer { get; set; }

    /// <summary>The chat server token, used by the agents-available check on the chat service.</summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public string? ChatServerToken { get; set; }

    /// <summary>The chat service that answers the agents-available check (<c>GET requestChatConfig</c>).</summary>
    /// <value>Defaults to <c>https://chat.omnidesk.io/</c>.</value>
    public Uri ChatServiceAddress { get; set; } = DefaultChatServiceAddress;

    /// <summary>Timeouts, retries and the circuit breaker of every call (section <c>Omnidesk:Resilience</c>).</summary>
    /// <value>Defaults to <see cref="OmnideskResilienceOptions"/> with its own defaults: 30 s per call, 10 s per attempt, 3 retries.</value>
    public OmnideskResilienceOptions Resilience { get; set; } = new();

    /// <summary>
    /// Products appended to the <c>User-Agent</c> every request carries, after the SDK's own
    /// (<c>Omnidesk.Chat.Client/0.1.0 (.NET 10.0.1)</c>), such as <c>MyShop/2.1</c> or <c>MyShop/2.1 (+https://shop.example)</c>.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: the SDK's product only.</value>
    public string? UserAgentSuffix { get; set; }

    /// <summary>
    /// The configuration path of these options (<c>Omnidesk</c>, <c>Omnidesk:Accounts:brand-b</c>), which the hints
    /// of error messages name (<c>Check Omnidesk:ApiKey</c>); set when the clients are registered.
    /// </summary>
    internal string SectionPath { get; set; } = SectionName;

    /// <summary>The key the v1 chats API is called with: <see cref="ChatsApiKey"/>, else <see cref="ApiKey"/>.</summary>
    internal string? EffectiveChatsApiKey => string.IsNullOrEmpty(ChatsApiKey) ? ApiKey : ChatsApiKey;

    /// <summary>Describes the options without any secret.</summary>
    /// <returns>The addresses, and whether each secret is set.</returns>
    public override string ToString() =>
        $"OmnideskChatOptions {{ BaseAddress = {BaseAddress}, ApiKey = {Shown(ApiKey)}, ApiKeyLocation = {ApiKeyLocation}, " +
        $"ChatsApiKey = {Shown(ChatsApiKey)}, ChatAccountToken = {Shown(ChatAccountToken)}, ChatServer = {SecretText.ShownAddress(ChatServer) ?? "(not set)"}, " +
        $"ChatServerToken = {Shown(ChatServerToken)}, ChatServiceAddress = {ChatServiceAddress}, UserAgentSuffix = {UserAgentSuffix ?? "(not set)"}, " +
        $"Resilience = {Resilience} }}";

    private static string Shown(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "(set)";
}
