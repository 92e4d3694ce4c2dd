using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// <c>GET /desk/events?session=ID</c>: a server-sent event stream. Each message is the whole
/// <see cref="DeskUpdate"/>, sent when it differs from the last one other than in the waiting times. It is rebuilt at each change the emulator
/// signals, and at least every <see cref="RecheckInterval"/> to catch changes made straight to the state
/// (seeding, clearing) by test code.
/// </summary>
internal sealed class DeskEventStream(EmulatorState state, AgentActionLog actions, DeskSignal changes, CancellationToken stopping)
{
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    public async Task RunAsync(HttpContext http)
    {
        var selected = http.Request.Query["session"].ToString();
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var end = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        string? last = null;
        try
        {
            // Tell the browser to wait a second before reconnecting, then send the first picture at once.
            await response.WriteAsync("retry: 1000\n\n", end.Token).ConfigureAwait(false);
            while (!end.IsCancellationRequested)
            {
                var next = changes.NextChange;
                var update = DeskSnapshot.Build(state, actions, selected.Length == 0 ? null : selected);

                // Sent when something happened, not each second a customer waits: the page counts the waiting time on.
                var key = JsonSerializer.Serialize(DeskSnapshot.WithoutClock(update), DeskJsonContext.Default.DeskUpdate);
                if (key != last)
                {
                    var json = JsonSerializer.Serialize(update, DeskJsonContext.Default.DeskUpdate);
                    await response.WriteAsync("data: " + json + "\n\n", Encoding.UTF8, end.Token).ConfigureAwait(false);
                    await response.Body.FlushAsync(end.Token).ConfigureAwait(false);
                    last = key;
                }

                await Task.WhenAny(next, Task.Delay(RecheckInterval, end.Token)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the emulator is stopping: the stream just ends.
        }
    }
}
