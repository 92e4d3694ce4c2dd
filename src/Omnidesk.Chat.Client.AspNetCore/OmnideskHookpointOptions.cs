using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore;

/// <summary>How <c>MapOmnideskHookpoints()</c> checks and limits the requests Omnidesk POSTs to your app.</summary>
public sealed class OmnideskHookpointOptions
{
    /// <summary>The configuration section the parameterless <c>AddOmnideskHookpoints&lt;THandler&gt;()</c> binds.</summary>
    public const string DefaultSectionName = "Omnidesk:Hookpoints";

    /// <summary>
    /// Gets or sets the secret path segment of the hookpoint routes (<c>{prefix}/{token}/messageForCustomer</c>):
    /// at least 32 ASCII letters and digits. Make one with <see cref="OmnideskHookpointAddress.GenerateToken"/>
    /// and keep it out of source control. A request with a wrong or missing token answers 404.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: required while <see cref="RequireSecretToken"/> is <see langword="true"/>.</value>
    public string? Token { get; set; }

    /// <summary>
    /// Gets or sets the token being replaced, accepted as well as <see cref="Token"/> while a rotation is under way:
    /// set <see cref="Token"/> to the new token and this to the old one, tell Omnidesk the new <c>chatServer</c>
    /// address, and remove this once Omnidesk posts to the new one. No message is missed in between.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: only <see cref="Token"/> is accepted.</value>
    public string? PreviousToken { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the routes carry the secret <see cref="Token"/>. Set it to
    /// <see langword="false"/> only for local development: anyone who can reach the routes can then post agent
    /// messages to your customers, and a warning is logged at start.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool RequireSecretToken { get; set; } = true;

    /// <summary>
    /// Gets the source networks allowed to post, in CIDR notation (<c>203.0.113.0/24</c>, <c>2001:db8::/32</c>);
    /// other sources get 403. Empty allows every source. Behind a proxy, add the forwarded-headers middleware so
    /// that the connection's remote address is the real sender.
    /// </summary>
    /// <value>Defaults to empty (every source allowed).</value>
    public IList<string> AllowedNetworks { get; } = [];

    /// <summary>Gets or sets the largest file accepted on <c>uploadForCustomer</c>, in bytes; larger answers 413.</summary>
    /// <value>Defaults to 26,214,400 (25 MiB).</value>
    public long MaxFileSize { get; set; } = HookpointLimits.DefaultMaxFileSize;

    /// <inheritdoc/>
    public override string ToString() =>
        $"RequireSecretToken = {RequireSecretToken}, Token = {(Token is null ? "(none)" : "(set)")}, " +
        $"PreviousToken = {(PreviousToken is null ? "(none)" : "(set)")}, " +
        $"AllowedNetworks = [{string.Join(", ", AllowedNetworks)}], MaxFileSize = {MaxFileSize}";
}
