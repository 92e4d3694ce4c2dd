namespace Omnidesk.Chat.Client;

/// <summary>Conveniences built on <see cref="IOmnideskChatApi"/>.</summary>
public static class OmnideskChatApiExtensions
{
    /// <summary>
    /// Whether an agent is available to take a chat now: the chat service's configuration
    /// (<see cref="IOmnideskChatApi.GetChatConfigAsync"/>) holds no <see cref="InstructionType.HideReasonNoAgentsAvailable"/>
    /// instruction. Check "Hide chat when there are no agents available" on the chat token first
    /// (Settings &gt; Channels &gt; Live chat &gt; Tokens); without it the answer is always <see langword="true"/>.
    /// </summary>
    /// <param name="api">The client.</param>
    /// <param name="tokens">The chat account and chat server tokens; <see langword="null"/> uses the configured ones.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when agents are available.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="api"/> is <see langword="null"/>.</exception>
    /// <exception cref="OmnideskValidationException">A token breaks its rule or is missing; nothing was sent.</exception>
    /// <exception cref="OmnideskApiException">The chat service answered with an error or an unreadable body.</exception>
    public static async Task<bool> AreAgentsAvailableAsync(this IOmnideskChatApi api, ChatServiceTokens? tokens = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var config = await api.GetChatConfigAsync(tokens, cancellationToken).ConfigureAwait(false);
        return config.AreAgentsAvailable;
    }
}
