using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Benchmarks.Infrastructure;

/// <summary>
/// The baseline: a bare minimal-API endpoint that reads the same form (names case-insensitive), refuses a
/// message without <c>sessionID</c> or <c>message</c>, hands the same event on, and answers <c>ok</c>.
/// </summary>
internal static class BareMessageEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var sessionId = form["sessionID"].ToString();
        var message = form["message"].ToString();
        if (sessionId.Length == 0 || message.Length == 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var name = form["name"];
        var picture = form["picture"];
        var sink = context.RequestServices.GetRequiredService<HookpointSink>();
        sink.Last = new AgentMessageEvent(sessionId, name.Count == 0 ? null : name.ToString(), message, picture.Count == 0 ? null : picture.ToString());
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("ok", context.RequestAborted);
    }
}
