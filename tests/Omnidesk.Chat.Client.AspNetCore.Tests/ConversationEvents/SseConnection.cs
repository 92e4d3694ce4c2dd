using System.Text;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.ConversationEvents;

/// <summary>One SSE message as a browser's EventSource parses it.</summary>
internal sealed record SseMessage(string Event, string Data, string? Id, string? Retry);

/// <summary>
/// A GET of an event stream over a real connection, read the way EventSource reads it (fields up to a blank line).
/// Disposing it drops the connection, as a browser losing its network would.
/// </summary>
internal sealed class SseConnection : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly StreamReader _reader;

    private SseConnection(HttpResponseMessage response, StreamReader reader)
    {
        Response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response { get; }

    public static async Task<SseConnection> OpenAsync(HttpClient http, string path, string? customer, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (customer is not null)
        {
            request.Headers.Add("X-Customer", customer);
        }

        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        using var timeout = new CancellationTokenSource(Deadline);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        return new SseConnection(response, new StreamReader(body, Encoding.UTF8));
    }

    /// <summary>The next message, heartbeats included; <see langword="null"/> when the server ended the stream.</summary>
    public async Task<SseMessage?> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Deadline);
        string? type = null, id = null, retry = null;
        var data = new List<string>();
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count == 0 && type is null)
                {
                    continue;
                }

                return new SseMessage(type ?? "message", string.Join('\n', data), id, retry);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, string.Empty) : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            switch (field)
            {
                case "event": type = value; break;
                case "data": data.Add(value); break;
                case "id": id = value; break;
                case "retry": retry = value; break;
            }
        }

        return null;
    }

    /// <summary>The next message that is not a heartbeat; <see langword="null"/> when the server ended the stream.</summary>
    public async Task<SseMessage?> NextEventAsync()
    {
        while (await NextAsync() is { } message)
        {
            if (message.Event != "heartbeat")
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>Every message up to the end of the stream, heartbeats left out.</summary>
    public async Task<List<SseMessage>> RestAsync()
    {
        var messages = new List<SseMessage>();
        while (await NextEventAsync() is { } message)
        {
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>The whole body as text, for an answer that is not a stream.</summary>
    public Task<string> ReadBodyAsync() => _reader.ReadToEndAsync();

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        Response.Dispose();
        return ValueTask.CompletedTask;
    }
}
