using Microsoft.AspNetCore.Http;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// The agent desk under <c>/desk</c>: the page and its assets, the live event stream, and the agent's actions.
/// Its requests are not Omnidesk API calls, so they are neither recorded nor faulted.
/// </summary>
internal sealed class AgentDesk(EmulatorState state, EmulatorAgent agent, AgentActionLog actions, DeskSignal changes, CancellationToken stopping)
{
    /// <summary>The path the desk is served under.</summary>
    public const string Prefix = "/desk";

    private readonly DeskEventStream _stream = new(state, actions, changes, stopping);
    private readonly DeskActions _actions = new(state, agent);

    /// <summary>Answers a request whose path is under <see cref="Prefix"/> (the prefix already moved to PathBase).</summary>
    public Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return path switch
            {
                "" or "/" => DeskAssets.WriteAsync(http, "desk.html"),
                "/desk.css" or "/desk.js" => DeskAssets.WriteAsync(http, path[1..]),
                "/events" => _stream.RunAsync(http),
                "/api/attachment" => _actions.DownloadAsync(http),
                _ => NotFoundAsync(http),
            };
        }

        if (HttpMethods.IsPost(method) && path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return _actions.RunAsync(http, path["/api/".Length..]);
        }

        return NotFoundAsync(http);
    }

    private static Task NotFoundAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync("Not a desk address.", http.RequestAborted);
    }
}
