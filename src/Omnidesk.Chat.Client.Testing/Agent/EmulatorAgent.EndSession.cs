namespace Omnidesk.Chat.Client.Testing;

public sealed partial class EmulatorAgent
{
    /// <summary>POSTs the end of a session to <c>{chatServer}/endSession</c> with the field <c>sessionID</c>.</summary>
    /// <param name="sessionId">The session whose <c>chatServer</c> receives the end.</param>
    /// <param name="encoding">The body encoding.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="InvalidOperationException">The emulator has no such session.</exception>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public Task<HookpointDelivery> EndSessionAsync(
        string sessionId,
        HookpointEncoding encoding = HookpointEncoding.FormUrlEncoded,
        CancellationToken cancellationToken = default)
        => EndSessionAsync(ChatServerOf(sessionId), sessionId, encoding, cancellationToken);

    /// <summary>POSTs the end of a session to <c>{chatServer}/endSession</c> under any base address.</summary>
    /// <param name="chatServer">The hookpoint base.</param>
    /// <param name="sessionId">The <c>sessionID</c> to send.</param>
    /// <param name="encoding">The body encoding.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public Task<HookpointDelivery> EndSessionAsync(
        Uri chatServer,
        string sessionId,
        HookpointEncoding encoding = HookpointEncoding.FormUrlEncoded,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        HookpointField[] fields = [new("sessionID", sessionId)];
        return PostAsync(chatServer, "/endSession", HookpointContent.Create(encoding, fields), new AgentAction(AgentActionKind.End, sessionId), cancellationToken);
    }
}
