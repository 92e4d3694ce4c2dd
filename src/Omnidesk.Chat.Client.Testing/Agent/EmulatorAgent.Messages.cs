namespace Omnidesk.Chat.Client.Testing;

public sealed partial class EmulatorAgent
{
    /// <summary>
    /// POSTs an agent message to <c>{chatServer}/messageForCustomer</c> with the fields <c>picture</c> (only when
    /// given), <c>name</c>, <c>message</c> and <c>sessionID</c>.
    /// </summary>
    /// <param name="sessionId">The session whose <c>chatServer</c> receives the message.</param>
    /// <param name="message">The agent's message.</param>
    /// <param name="agentName">The agent's name.</param>
    /// <param name="picture">The agent's picture URL, or <see langword="null"/> to leave the field out.</param>
    /// <param name="encoding">The body encoding.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="InvalidOperationException">The emulator has no such session.</exception>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public Task<HookpointDelivery> SendMessageAsync(
        string sessionId,
        string message,
        string agentName = DefaultAgentName,
        string? picture = null,
        HookpointEncoding encoding = HookpointEncoding.FormUrlEncoded,
        CancellationToken cancellationToken = default)
        => SendMessageAsync(ChatServerOf(sessionId), sessionId, message, agentName, picture, encoding, cancellationToken);

    /// <summary>POSTs an agent message to <c>{chatServer}/messageForCustomer</c> under any base address.</summary>
    /// <param name="chatServer">The hookpoint base, for example <c>http://127.0.0.1:5000/omnidesk</c>.</param>
    /// <param name="sessionId">The <c>sessionID</c> to send.</param>
    /// <param name="message">The agent's message.</param>
    /// <param name="agentName">The agent's name.</param>
    /// <param name="picture">The agent's picture URL, or <see langword="null"/> to leave the field out.</param>
    /// <param name="encoding">The body encoding.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public Task<HookpointDelivery> SendMessageAsync(
        Uri chatServer,
        string sessionId,
        string message,
        string agentName = DefaultAgentName,
        string? picture = null,
        HookpointEncoding encoding = HookpointEncoding.FormUrlEncoded,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(agentName);
        List<HookpointField> fields = picture is null ? [] : [new("picture", picture)];
        fields.Add(new("name", agentName));
        fields.Add(new("message", message));
        fields.Add(new("sessionID", sessionId));
        return PostAsync(chatServer, "/messageForCustomer", HookpointContent.Create(encoding, fields),
            new AgentAction(AgentActionKind.Message, sessionId) { Text = message, AgentName = agentName },
            cancellationToken);
    }
}
