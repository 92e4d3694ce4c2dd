using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Acts as the Omnidesk agent: POSTs to the hookpoints under a session's <c>chatServer</c> exactly as Omnidesk's integration guide ("Livechat chatbot and app integration (backend)") describes
/// shows (<c>/messageForCustomer</c>, <c>/uploadForCustomer</c>, <c>/typingIndicatorForCustomer</c>,
/// <c>/endSession</c>) and returns what the hookpoint answered. A non-2xx answer is returned, not thrown; a
/// connection failure throws <see cref="HttpRequestException"/>.
/// </summary>
/// <remarks>
/// The overloads taking a session id post to the <c>chatServer</c> of that session's first
/// <c>notifyUserNewChatMessage</c> (or <see cref="EmulatorState.SeedSession"/>); the overloads taking a
/// <see cref="Uri"/> post under any base address. A <c>chatServer</c> without a scheme gets <c>http://</c>.
/// A message, file or end that the hookpoint took (2xx) takes the session out of the queue that
/// <c>requestChatQueue</c> answers; one it refused leaves the session waiting.
/// </remarks>
public sealed partial class EmulatorAgent : IDisposable
{
    /// <summary>The agent name sent when none is given.</summary>
    public const string DefaultAgentName = "Emulator Agent";

    private readonly EmulatorState _state;
    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private readonly AgentActionLog? _actions;

    internal EmulatorAgent(EmulatorState state, TimeSpan timeout, ILogger logger, AgentActionLog? actions = null)
    {
        _state = state;
        _logger = logger;
        _actions = actions;
        _http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { Timeout = timeout };
    }

    /// <summary>Releases the agent's HTTP client; the emulator does this when it is disposed.</summary>
    public void Dispose() => _http.Dispose();

    private Uri ChatServerOf(string sessionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        var session = _state.FindSession(sessionId) ?? throw new InvalidOperationException(
            $"The emulator has no session '{sessionId}'. A session starts with its first notifyUserNewChatMessage "
            + "(or State.SeedSession); to post to any server, use the overload that takes a chatServer Uri.");
        var chatServer = session.ChatServer.Contains("://", StringComparison.Ordinal)
            ? session.ChatServer
            : "http://" + session.ChatServer;
        return new Uri(chatServer, UriKind.Absolute);
    }

    /// <summary>
    /// A delivered reply or end takes the session out of the queue; one the hookpoint refused did not reach the
    /// customer, so the session still waits (as the desk shows it: "not delivered").
    /// </summary>
    private void NoteInState(AgentAction action)
    {
        switch (action.Kind)
        {
            case AgentActionKind.Message or AgentActionKind.File:
                _state.AgentReplied(action.SessionId);
                break;
            case AgentActionKind.End:
                _state.AgentEnded(action.SessionId);
                break;
        }
    }

    private async Task<HookpointDelivery> PostAsync(Uri chatServer, string hookpoint, HttpContent content, AgentAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatServer);
        if (!chatServer.IsAbsoluteUri)
        {
            throw new ArgumentException("The chat server must be an absolute URI.", nameof(chatServer));
        }

        var target = new Uri(chatServer.AbsoluteUri.TrimEnd('/') + hookpoint, UriKind.Absolute);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = SpanRedactingContent.For(content, target) };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            _actions?.Record(action, statusCode: null); // shown on the desk as "not delivered"
            throw;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            EmulatorLog.AgentPosted(_logger, hookpoint.TrimStart('/'), target.GetLeftPart(UriPartial.Authority), (int)response.StatusCode);
            if (response.IsSuccessStatusCode)
            {
                NoteInState(action);
            }

            _actions?.Record(action, (int)response.StatusCode);
            return new HookpointDelivery((int)response.StatusCode, body);
        }
    }
}
