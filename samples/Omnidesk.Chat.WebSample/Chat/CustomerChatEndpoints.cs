using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.AspNetCore;
using Omnidesk.Chat.WebSample.Bot;

namespace Omnidesk.Chat.WebSample.Chat;

/// <summary>
/// The customer page's API under <c>/api/chat</c>; the page's own session id is the Omnidesk chatSessionID. Each answer
/// carries the lines the request added (the bot's, the customer's, notices); the agent's side is the conversation's
/// event stream at <c>/api/chat/{id}/events</c>, which only the browser holding the chat's <c>chat-owner</c> cookie may read.
/// </summary>
internal static class CustomerChatEndpoints
{
    /// <summary>The cookie that says which browser opened a chat (scoped to that chat's path, so one cookie per chat).</summary>
    public const string OwnerCookie = "chat-owner";

    public static void MapCustomerChat(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/chat");

        api.MapPost("", (HttpContext http, ChatSessions sessions) =>
        {
            var session = sessions.Create();
            session.BotTranscript.Add(new("Bot", ShopBot.Greeting));
            session.Add("bot", l => l with { Author = "Shop bot", Text = ShopBot.Greeting });
            http.Response.Cookies.Append(OwnerCookie, session.OwnerToken, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = http.Request.IsHttps,
                Path = "/api/chat/" + session.Id,
            });
            return Results.Ok(new { sessionId = session.Id, lines = session.LinesAfter(0) });
        });

        // A reloaded page asks for what it had: this app's lines, and whether the agent's stream is worth opening.
        api.MapGet("{id}", (string id, ChatSessions sessions) =>
            sessions.Find(id) is { } session
                ? Results.Ok(new { lines = session.LinesAfter(0), handedOver = session.Conversation is not null })
                : Results.NotFound(new { message = "This chat does not exist (any more): reload the page." }));

        // The agent's side: the SDK's Server-Sent Events of the conversation, resumed with Last-Event-ID after a cut.
        api.MapOmnideskConversationEvents("{sessionId}/events", AuthorizeAsync);

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

    /// <summary>
    /// Who may read a chat's agent side: the browser that opened it (its <c>chat-owner</c> cookie), nobody else. A chat
    /// this app does not know answers 404; no cookie 401; another chat's cookie 403.
    /// </summary>
    private static ValueTask<ConversationEventsAccess> AuthorizeAsync(HttpContext http, string sessionId)
    {
        if (http.RequestServices.GetRequiredService<ChatSessions>().Find(sessionId) is not { } session)
        {
            return ValueTask.FromResult(ConversationEventsAccess.NotFound);
        }

        if (http.Request.Cookies[OwnerCookie] is not { Length: > 0 } token)
        {
            return ValueTask.FromResult(ConversationEventsAccess.Unauthorized);
        }

        var owner = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(session.OwnerToken));
        return ValueTask.FromResult(owner ? ConversationEventsAccess.Allow : ConversationEventsAccess.Forbidden);
    }

    private static async Task<IResult> RunAsync(ChatSessions sessions, string id, Func<ChatSession, Task> action)
    {
        if (sessions.Find(id) is not { } session)
        {
            return Results.NotFound(new { message = "This chat does not exist (any more): reload the page." });
        }

        // The answer carries the lines this request added, which the page shows (a concurrent request's may come
        // along too: the page shows each line id once).
        var before = session.LastLineId;
        try
        {
            await action(session);
            return Results.Ok(new { lines = session.LinesAfter(before) });
        }
        catch (OmnideskException e)
        {
            // What went wrong talking to Omnidesk, in its own words (the SDK's messages never hold a secret).
            session.Add("notice", l => l with { Text = "Sorry, that did not reach our team: " + e.Message });
            return Results.Json(new { message = e.Message, lines = session.LinesAfter(before) }, statusCode: StatusCodes.Status502BadGateway);
        }
        catch (OmnideskValidationException e)
        {
            session.Add("notice", l => l with { Text = "That was not sent: " + e.Message });
            return Results.BadRequest(new { message = e.Message, lines = session.LinesAfter(before) });
        }
        catch (CustomerRequestRefusedException e)
        {
            session.Add("notice", l => l with { Text = e.Message });
            return Results.Json(new { message = e.Message, lines = session.LinesAfter(before) }, statusCode: e.StatusCode);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The host's own limit, met before ours (a body without Content-Length).
            session.Add("notice", l => l with { Text = CustomerChat.TooLarge });
            return Results.Json(new { message = CustomerChat.TooLarge, lines = session.LinesAfter(before) }, statusCode: StatusCodes.Status413PayloadTooLarge);
        }
    }

    internal sealed record CustomerText(string? Text);

    internal sealed record Handover(string? Name);

    internal sealed record Typing(bool IsTyping);
}
