using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Testing.Tests.Support;

/// <summary>A small Kestrel app that stands in for a consumer's hookpoints and keeps what it received.</summary>
internal sealed class HookpointListener : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HookpointListener(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The hookpoint base the tests give as chatServer: {BaseAddress}hooks.</summary>
    public string ChatServer => BaseAddress.AbsoluteUri + "hooks";

    public ConcurrentQueue<ReceivedHookpoint> Received { get; } = new();

    public static async Task<HookpointListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        HookpointListener? listener = null;
        app.Run(async http =>
        {
            var received = await ReceivedHookpoint.ReadAsync(http.Request);
            listener!.Received.Enqueue(received);
            if (http.Request.Path.Value!.EndsWith("/endSession", StringComparison.Ordinal))
            {
                await http.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["message"] = "ok" });
            }
            else
            {
                await http.Response.WriteAsync("ok");
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener = new HookpointListener(app, new Uri(address + "/"));
        return listener;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

internal sealed record ReceivedHookpoint(
    string Path,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    string? FileName,
    string? FileContentType,
    byte[]? FileContent)
{
    public static async Task<ReceivedHookpoint> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v!))).ToList();
            var file = form.Files.GetFile("file");
            byte[]? content = null;
            if (file is not null)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                content = buffer.ToArray();
            }

            return new ReceivedHookpoint(request.Path, request.ContentType, fields, file?.FileName, file?.ContentType, content);
        }

        using var document = await JsonDocument.ParseAsync(request.Body);
        var jsonFields = document.RootElement.EnumerateObject()
            .Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
            .ToList();
        return new ReceivedHookpoint(request.Path, request.ContentType, jsonFields, null, null, null);
    }
}
