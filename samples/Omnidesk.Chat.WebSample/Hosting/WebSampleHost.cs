using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.WebSample.Bot;
using Omnidesk.Chat.WebSample.Chat;

namespace Omnidesk.Chat.WebSample.Hosting;

/// <summary>
/// The running sample: one web app serving the customer's chat page, its small API and the hookpoints, with
/// <c>AddOmnideskChat().AddOmnideskConversations()</c>; on the emulator, the emulator and its agent desk too.
/// </summary>
internal sealed class WebSampleHost : IAsyncDisposable
{
    public const string HookpointPrefix = "/omnidesk";

    private readonly WebApplication _app;

    private WebSampleHost(WebApplication app, OmnideskEmulator? emulator, Uri customerPage)
    {
        _app = app;
        Emulator = emulator;
        CustomerPage = customerPage;
    }

    /// <summary>Gets the embedded emulator, or <see langword="null"/> on a real account.</summary>
    public OmnideskEmulator? Emulator { get; }

    /// <summary>Gets the customer's chat page.</summary>
    public Uri CustomerPage { get; }

    /// <summary>Gets the agent desk, on the emulator only.</summary>
    public Uri? Desk => Emulator?.DeskAddress;

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the sample.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where the addresses are printed.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="pipeline">For tests: middleware put in front of the routes (the browser tests cut the page's event stream with it).</param>
    public static async Task<WebSampleHost> StartAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default, Action<IApplicationBuilder>? pipeline = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });

        // A request line per browser poll would bury the story (the hookpoint token in them is masked either way).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning); // the sample prints its own addresses
        builder.Logging.AddFilter("Polly", LogLevel.Warning); // two Information lines per Omnidesk call; retries stay
        var settings = WebSampleSettings.From(builder.Configuration);
        var listen = settings.ListenUrl.Port == 0 ? WithFreePort(settings.ListenUrl) : settings.ListenUrl;
        builder.WebHost.UseUrls(listen.GetLeftPart(UriPartial.Authority));

        var emulator = settings.UseEmulator
            ? await OmnideskEmulator.StartAsync(new OmnideskEmulatorOptions { EnableDesk = true }, cancellationToken)
            : null;
        try
        {
            Configure(builder, settings, emulator, listen);
            var app = builder.Build();
            app.UseDefaultFiles();
            app.UseStaticFiles();
            pipeline?.Invoke(app);
            app.MapOmnideskHookpoints(HookpointPrefix);
            app.MapCustomerChat();
            await app.StartAsync(cancellationToken);

            var host = new WebSampleHost(app, emulator, new Uri(listen.GetLeftPart(UriPartial.Authority) + "/"));
            host.PrintAddresses(output, builder.Configuration["Omnidesk:BaseAddress"]);
            return host;
        }
        catch
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync();
            }

            throw;
        }
    }

    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }

    private static void Configure(WebApplicationBuilder builder, WebSampleSettings settings, OmnideskEmulator? emulator, Uri listen)
    {
        var configuration = builder.Configuration;
        if (emulator is not null)
        {
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Omnidesk:BaseAddress"] = emulator.BaseAddress.ToString(),
                ["Omnidesk:ChatServiceAddress"] = emulator.ChatServiceAddress.ToString(),
                ["Omnidesk:ApiKey"] = emulator.Options.ApiKey,
                ["Omnidesk:ChatAccountToken"] = emulator.Options.ChatAccountToken,
                ["Omnidesk:ChatServerToken"] = emulator.Options.ChatServerToken,
            });
        }

        if (string.IsNullOrEmpty(configuration["Omnidesk:Hookpoints:Token"]))
        {
            configuration["Omnidesk:Hookpoints:Token"] = OmnideskHookpointAddress.GenerateToken();
        }

        // Where Omnidesk posts the agent's side: this app's hookpoints, at the public address on a real account.
        configuration["Omnidesk:ChatServer"] ??= OmnideskHookpointAddress.Build(
            settings.PublicBaseUrl ?? listen, HookpointPrefix, configuration["Omnidesk:Hookpoints:Token"]!);

        // The conversations record every hookpoint; the sample needs no handler of its own.
        builder.Services.AddOmnideskHookpoints();
        builder.Services.AddOmnideskChat().AddOmnideskConversations();
        builder.Services.AddSingleton<ShopBot>();
        builder.Services.AddSingleton<ChatSessions>();
        builder.Services.AddSingleton<CustomerChat>();
    }

    private static Uri WithFreePort(Uri listen)
    {
        // The hookpoint address goes into the configuration before the server starts, so the port is chosen here.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        return new UriBuilder(listen) { Host = "127.0.0.1", Port = port }.Uri;
    }

    private void PrintAddresses(TextWriter output, string? account)
    {
        if (Desk is { } desk)
        {
            output.WriteLine("Web chat sample on the embedded Omnidesk emulator (no Omnidesk:BaseAddress configured).");
            output.WriteLine($"  Customer chat page: {CustomerPage}");
            output.WriteLine($"  Agent desk:         {desk}");
            output.WriteLine("Open both. On the chat page ask the bot something, then press \"Talk to a person\"; answer on the desk. Ctrl+C stops.");
        }
        else
        {
            output.WriteLine($"Web chat sample against {account}; Omnidesk posts the agent's side to this app's {HookpointPrefix}/<token>/ hookpoints.");
            output.WriteLine($"  Customer chat page: {CustomerPage}");
            output.WriteLine("Agents answer in Omnidesk. Ctrl+C stops.");
        }
    }
}
