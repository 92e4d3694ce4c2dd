namespace Omnidesk.Chat.Client.Testing;

public sealed partial class EmulatorAgent
{
    /// <summary>
    /// POSTs the agent's typing state to <c>{chatServer}/typingIndicatorForCustomer</c> with the fields
    /// <c>Typing</c> (<c>true</c>/<c>false</c>) and <c>SessionID</c>.
    /// </summary>
    /// <param name="sessionId">The session whose <c>chatServer</c> receives the state.</param>
    /// <param name="typing">Whether the agent is typing.</param>
    /// <param name="encoding">The body encoding.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="InvalidOperationException">The emulator has no such session.</exception>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public Task<HookpointDelivery> SetTypingAsync(
        string sessionId,
        bool typing,
        HookpointEncoding encoding = HookpointEncoding.FormUrlEncoded,
        CancellationToken cancellationToken = default)
        => SetTypingAsync(ChatServerOf(sessionId), sessionId, typing, encoding, cancellationToken);

    /// <summary>POSTs the agent's typing state to <c>{chatServer}/typingIndicatorForCustomer</c> under any base address.</summary>
    /// <param name="chatServer">The hookpoint base.</param>
    /// <param name="sessionId">The <c>SessionID</c> to send.</param>
    /// <param name="typing">Whether the agent is typing.</param>
    /// <param name="encoding">The body encoding.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public Task<HookpointDelivery> SetTypingAsync(
        Uri chatServer,
        string sessionId,
        bool typing,
        HookpointEncoding encoding = HookpointEncoding.FormUrlEncoded,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        HookpointField[] fields = [new("Typing", typing ? "true" : "false", IsBoolean: true), new("SessionID", sessionId)];
        return PostAsync(chatServer, "/typingIndicatorForCustomer", HookpointContent.Create(encoding, fields), new AgentAction(AgentActionKind.Typing, sessionId) { Typing = typing }, cancellationToken);
    }
}
