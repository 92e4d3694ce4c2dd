using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// The agent's actions from the desk page (<c>POST /desk/api/{message|typing|file|end}?session=ID</c>), each
/// through the emulator's <see cref="EmulatorAgent"/>, and the customer's files for download.
/// </summary>
/// <remarks>
/// Every POST must carry the header <see cref="RequiredHeader"/>: a page on another origin cannot add it without
/// a CORS preflight, which the desk never grants, so no other site can act as the agent.
/// </remarks>
internal sealed class DeskActions(EmulatorState state, EmulatorAgent agent)
{
    public const string RequiredHeader = "X-Omnidesk-Desk";

    public async Task RunAsync(HttpContext http, string action)
    {
        if (!http.Request.Headers.ContainsKey(RequiredHeader))
        {
            await AnswerAsync(http, StatusCodes.Status403Forbidden, new(false, null, $"Desk actions need the {RequiredHeader} header.")).ConfigureAwait(false);
            return;
        }

        var sessionId = http.Request.Query["session"].ToString();
        if (state.FindSession(sessionId) is null)
        {
            await AnswerAsync(http, StatusCodes.Status404NotFound, new(false, null, "The emulator has no such session.")).ConfigureAwait(false);
            return;
        }

        var token = http.RequestAborted;
        try
        {
            var (delivery, what) = action switch
            {
                "message" => await SendMessageAsync(http, sessionId, token).ConfigureAwait(false),
                "typing" => await SetTypingAsync(http, sessionId, token).ConfigureAwait(false),
                "file" => await SendFileAsync(http, sessionId, token).ConfigureAwait(false),
                "end" => (await agent.EndSessionAsync(sessionId, cancellationToken: token).ConfigureAwait(false), "The end of the session"),
                _ => (null, "Unknown desk action."),
            };
            if (delivery is null)
            {
                await AnswerAsync(http, StatusCodes.Status400BadRequest, new(false, null, what)).ConfigureAwait(false);
                return;
            }

            var ok = delivery.StatusCode is >= 200 and < 300;
            var status = delivery.StatusCode.ToString(CultureInfo.InvariantCulture);
            var message = ok ? $"{what} was delivered (the hookpoint answered {status})." : $"{what} was refused: the hookpoint answered {status}.";
            await AnswerAsync(http, StatusCodes.Status200OK, new(ok, delivery.StatusCode, message)).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            // The exception's message may name the hookpoint URL, whose path is the secret token: say only the host.
            var host = DeskSnapshot.HostOf(state.FindSession(sessionId)!.ChatServer);
            await AnswerAsync(http, StatusCodes.Status502BadGateway, new(false, null, $"Could not reach the hookpoints at {host} ({e.HttpRequestError}).")).ConfigureAwait(false);
        }
        catch (TaskCanceledException) when (!token.IsCancellationRequested)
        {
            await AnswerAsync(http, StatusCodes.Status504GatewayTimeout, new(false, null, "The hookpoint did not answer in time.")).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            await AnswerAsync(http, e.StatusCode, new(false, null, "The desk could not read the request.")).ConfigureAwait(false);
        }
    }

    public async Task DownloadAsync(HttpContext http)
    {
        var session = state.FindSession(http.Request.Query["session"].ToString());
        var found = int.TryParse(http.Request.Query["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? session?.Attachments.FirstOrDefault(a => a.MessageId == id)
            : null;
        if (found is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Always a download, never rendered: the customer's file must not run as a page on the desk's origin.
        http.Response.ContentType = "application/octet-stream";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition
        {
            DispositionType = "attachment",
            FileName = found.FileName ?? "file",
        }.ToString();
        http.Response.ContentLength = found.Content.Length;
        await http.Response.Body.WriteAsync(found.Content, http.RequestAborted).ConfigureAwait(false);
    }

    private async Task<(HookpointDelivery?, string)> SendMessageAsync(HttpContext http, string sessionId, CancellationToken token)
    {
        var request = await ReadJsonAsync(http, DeskJsonContext.Default.DeskMessageRequest, token).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(request?.Text))
        {
            return (null, "Write a message first.");
        }

        var name = string.IsNullOrWhiteSpace(request.AgentName) ? EmulatorAgent.DefaultAgentName : request.AgentName.Trim();
        return (await agent.SendMessageAsync(sessionId, request.Text, name, cancellationToken: token).ConfigureAwait(false), "The message");
    }

    private async Task<(HookpointDelivery?, string)> SetTypingAsync(HttpContext http, string sessionId, CancellationToken token)
    {
        var request = await ReadJsonAsync(http, DeskJsonContext.Default.DeskTypingRequest, token).ConfigureAwait(false);
        if (request is null)
        {
            return (null, "Say whether the agent is typing.");
        }

        var delivery = await agent.SetTypingAsync(sessionId, request.Typing, cancellationToken: token).ConfigureAwait(false);
        return (delivery, request.Typing ? "Typing" : "Stopped typing");
    }

    private async Task<(HookpointDelivery?, string)> SendFileAsync(HttpContext http, string sessionId, CancellationToken token)
    {
        if (!http.Request.HasFormContentType)
        {
            return (null, "Send the file as multipart/form-data.");
        }

        var form = await http.Request.ReadFormAsync(token).ConfigureAwait(false);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return (null, "Choose a file that is not empty.");
        }

        var contentType = string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType;
        using var content = file.OpenReadStream();
        var name = Path.GetFileName(file.FileName);
        var delivery = await agent.SendFileAsync(sessionId, name.Length == 0 ? "file" : name, content, contentType, token).ConfigureAwait(false);
        return (delivery, "The file " + name);
    }

    private static async Task<T?> ReadJsonAsync<T>(HttpContext http, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken token)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(http.Request.Body, type, token).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static Task AnswerAsync(HttpContext http, int status, DeskActionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(result, DeskJsonContext.Default.DeskActionResult), http.RequestAborted);
    }
}
