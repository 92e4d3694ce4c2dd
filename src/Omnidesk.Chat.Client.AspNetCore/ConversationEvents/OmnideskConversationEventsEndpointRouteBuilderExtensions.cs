using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.AspNetCore;
using Omnidesk.Chat.Client.AspNetCore.Internal;
using Omnidesk.Chat.Client.Conversations;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps a conversation's agent side as Server-Sent Events, for a browser's <c>EventSource</c>.</summary>
public static class OmnideskConversationEventsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>GET {pattern}</c> (which holds <c>{sessionId}</c>) to a Server-Sent Events stream of that conversation's
    /// events: each event as one SSE message whose <c>data</c> is the event as JSON with a <c>type</c>
    /// (<c>agentJoined</c>, <c>agentMessage</c>, <c>agentFile</c>, <c>agentTypingStarted</c>, <c>agentTypingStopped</c>,
    /// <c>conversationNotice</c>, <c>conversationEnded</c>, <c>conversationEventsDropped</c>) and whose <c>id</c> is the
    /// event's sequence.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A browser that reconnects sends <c>Last-Event-ID</c> and gets every event after it, once, in order, also from
    /// another instance sharing the store. The stream sends an event named <c>heartbeat</c> (empty data, no id) when
    /// it opens and every <see cref="OmnideskConversationEventsOptions.HeartbeatInterval"/> without events; it ends
    /// after <c>conversationEnded</c>, when the store cannot be reached and when the app stops (the browser
    /// reconnects and resumes). A request after the end the browser already has is answered 204, which stops
    /// <c>EventSource</c> reconnecting.
    /// </para>
    /// <para>
    /// <paramref name="authorize"/> runs first on every request and decides who may read which session: only your app
    /// knows which customer or agent owns a session. Then an unknown or expired session answers 404, a malformed
    /// <c>Last-Event-ID</c> 400, a store that cannot be reached 503.
    /// </para>
    /// </remarks>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The route, with a <c>{sessionId}</c> parameter, such as <c>/chat/{sessionId}/events</c>.</param>
    /// <param name="authorize">
    /// Decides for the request and the session id whether to stream (<see cref="ConversationEventsAccess.Allow"/>) or to
    /// answer 401, 403 or 404.
    /// </param>
    /// <param name="configure">Sets the heartbeat, the reconnection interval, the reader names or the account.</param>
    /// <returns>The endpoint, to add conventions such as <c>RequireAuthorization</c>, <c>RequireHost</c> or rate limiting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/>, <paramref name="pattern"/> or <paramref name="authorize"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> has no <c>{sessionId}</c> parameter, or an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">The conversations (of the account) are not registered.</exception>
    public static IEndpointConventionBuilder MapOmnideskConversationEvents(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<HttpContext, string, ValueTask<ConversationEventsAccess>> authorize,
        Action<OmnideskConversationEventsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(authorize);
        if (RoutePatternFactory.Parse(pattern).GetParameter(ConversationEventsEndpoint.SessionIdRouteValue) is null)
        {
            throw new ArgumentException($"The pattern '{pattern}' needs a {{{ConversationEventsEndpoint.SessionIdRouteValue}}} parameter.", nameof(pattern));
        }

        var options = new OmnideskConversationEventsOptions();
        configure?.Invoke(options);
        Validate(options);
        var registered = options.Account is null
            ? endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(IOmnideskConversations)) == true
            : endpoints.ServiceProvider.GetService<IServiceProviderIsKeyedService>()?.IsKeyedService(typeof(IOmnideskConversations), options.Account) == true;
        if (!registered)
        {
            throw new InvalidOperationException(options.Account is null
                ? "Call services.AddOmnideskChat().AddOmnideskConversations() before app.MapOmnideskConversationEvents()."
                : $"No conversations are registered for the account '{options.Account}': call services.AddOmnideskChat(\"{options.Account}\").AddOmnideskConversations() first.");
        }

        var endpoint = new ConversationEventsEndpoint(options, authorize, endpoints.ServiceProvider);
        return endpoints.MapGet(pattern, (RequestDelegate)endpoint.HandleAsync)
            .WithDisplayName("Omnidesk conversation events " + pattern);
    }

    private static void Validate(OmnideskConversationEventsOptions options)
    {
        if (options.HeartbeatInterval <= TimeSpan.Zero || options.HeartbeatInterval > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"HeartbeatInterval must be more than 0 and at most 1 hour; it is {options.HeartbeatInterval}.", nameof(options));
        }

        if (options.ReconnectionInterval < TimeSpan.Zero || options.ReconnectionInterval > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"ReconnectionInterval must be 0 to 1 hour; it is {options.ReconnectionInterval}.", nameof(options));
        }

        if (string.IsNullOrEmpty(options.ReaderPrefix) || options.ReaderPrefix.Any(char.IsControl))
        {
            throw new ArgumentException("ReaderPrefix must be a non-empty name without control characters.", nameof(options));
        }
    }
}
