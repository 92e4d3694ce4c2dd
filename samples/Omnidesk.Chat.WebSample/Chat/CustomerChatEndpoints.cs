using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.WebSample.Bot;

namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>The customer page's API under <c>/api/chat</c>; the page's own session id is the Omnidesk chatSessionID.</summary>
internal static class CustomerChatEndpoints
{
    public static void MapCustomerChat(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/chat");

        api.MapPost("", (ChatSessions sessions) =>
        {
            var session = sessions.Create();
            session.BotTranscript.Add(new("Bot", ShopBot.Greeting));
            session.Add("bot", l => l with { Author = "Shop bot", Text = ShopBot.Greeting });
            return Results.Ok(new { sessionId = session.Id });
        });

        api.MapPost("{id}/messages", (string id, CustomerText body, ChatSessions sessions, CustomerChat chat, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(body.Text) || body.Text.Length > 4000
                ? Task.FromResult(Results.BadRequest(new { message = "Write a message of at most 4,000 characters." }))
                : RunAsync(sessions, id, s => chat.SayAsync(s, body.Text.Trim(), ct)));

        api.MapPost("{id}/handover", (string id, Handover body, ChatSessions sessions, CustomerChat chat, CancellationToken ct) =>
            RunAsync(sessions, id, s => chat.TalkToAPersonAsync(s, body.Name, ct)));

        api.MapPost("{id}/typing", (string id, Typing body, ChatSessions sessions, CustomerChat chat, CancellationToken ct) =>
            RunAsync(sessions, id, s => chat.SetTypingAsync(s, body.IsTyping, ct)));

        api.MapPost("{id}/end", (string id, ChatSessions sessions, CustomerChat chat, CancellationToken ct) =>
            RunAsync(sessions, id, s => chat.EndAsync(s, ct)));

        // The file is the request body, its name in X-File-Name: a custom header and a non-form body make a browser ask
        // before sending it from another site (a preflight this app never allows), which a plain form post would not.
        api.MapPost("{id}/files", (string id, HttpContext http, ChatSessions sessions, CustomerChat chat, CancellationToken ct) =>
        {
            if (http.Request.Headers["X-File-Name"].ToString() is not { Length: > 0 } encodedName)
            {
                return Task.FromResult(Results.BadRequest(new { message = "Say the file's name in the X-File-Name header." }));
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = CustomerChat.MaxFileBytes;
            }

            return RunAsync(sessions, id, s => chat.SendFileAsync(s, Uri.UnescapeDataString(encodedName), http.Request.ContentType, http.Request.ContentLength, http.Request.Body, ct));
        });

        api.MapGet("{id}/events", StreamAsync);

        api.MapGet("{id}/files/{fileId}", async (string id, string fileId, ChatSessions sessions, CustomerChat chat, CancellationToken ct) =>
        {
            var opened = sessions.Find(id) is { } session ? await chat.OpenFileAsync(session, fileId, ct) : null;
            if (opened is not { } file)
            {
                return Results.NotFound(new { message = "The file is gone: the agent's files open once and expire." });
            }

            // A download, never rendered here: the agent's file must not run as a page of this site.
            return Results.Stream(file.Content, "application/octet-stream", file.File.FileName);
        });
    }

    /// <summary>The page's server-sent event stream: every line after the last one the browser saw (Last-Event-ID).</summary>
    private static async Task StreamAsync(string id, HttpContext http, ChatSessions sessions, IHostApplicationLifetime lifetime)
    {
        if (sessions.Find(id) is not { } session)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var end = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        _ = long.TryParse(http.Request.Headers["Last-Event-ID"], out var seen);
        try
        {
            await http.Response.WriteAsync("retry: 1000\n\n", end.Token);
            while (!end.IsCancellationRequested)
            {
                var (lines, changed) = session.ReadAfter(seen);
                foreach (var line in lines)
                {
                    await http.Response.WriteAsync($"id: {line.Id}\ndata: {JsonSerializer.Serialize(line, JsonSerializerOptions.Web)}\n\n", end.Token);
                    seen = line.Id;
                }

                await http.Response.Body.FlushAsync(end.Token);
                await changed.WaitAsync(end.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the app is stopping.
        }
    }

    private static async Task<IResult> RunAsync(ChatSessions sessions, string id, Func<ChatSession, Task> action)
    {
        if (sessions.Find(id) is not { } session)
        {
            return Results.NotFound(new { message = "This chat does not exist (any more): reload the page." });
        }

        try
        {
            await action(session);
            return Results.NoContent();
        }
        catch (OmnideskException e)
        {
            // What went wrong talking to Omnidesk, in its own words (the SDK's messages never hold a secret).
            session.Add("notice", l => l with { Text = "Sorry, that did not reach our team: " + e.Message });
            return Results.Json(new { message = e.Message }, statusCode: StatusCodes.Status502BadGateway);
        }
        catch (OmnideskValidationException e)
        {
            session.Add("notice", l => l with { Text = "That was not sent: " + e.Message });
            return Results.BadRequest(new { message = e.Message });
        }
        catch (CustomerRequestRefusedException e)
        {
            session.Add("notice", l => l with { Text = e.Message });
            return Results.Json(new { message = e.Message }, statusCode: e.StatusCode);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The host's own limit, met before ours (a body without Content-Length).
            session.Add("notice", l => l with { Text = CustomerChat.TooLarge });
            return Results.Json(new { message = CustomerChat.TooLarge }, statusCode: StatusCodes.Status413PayloadTooLarge);
        }
    }

    internal sealed record CustomerText(string? Text);

    internal sealed record Handover(string? Name);

    internal sealed record Typing(bool IsTyping);
}
