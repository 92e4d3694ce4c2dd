using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.TestSupport;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// <c>--conversation-load-instance</c>: one instance of a user's web app, in its own process, as the README sets it
/// up (Kestrel on loopback, the hookpoint routes, conversations on Redis or in memory, the emulator as Omnidesk). It
/// starts its sessions' conversations with one reader each, prints <c>READY {hookpoint base}</c>, and on
/// <c>DRAIN {expected} {timeout ms}</c> from the driver waits for that many agent messages (bounded), stops its
/// readers, writes what each had and when to the given file and prints <c>REPORTED</c>. It ends itself when its
/// standard input closes (the driver is gone) or after <c>--max-seconds</c>.
/// </summary>
internal static class LoadInstance
{
    public const string Role = "--conversation-load-instance";
    public const string Token = "Lc4Rt8Yq2Wn6Zp0Kd3Hs7Vb5Mx9Gf1Ja";
    private const string Prefix = "/omnidesk";

    public static async Task<int> RunAsync(string[] args)
    {
        var store = Argument(args, "--store");
        var sessions = Argument(args, "--sessions").Split(',');
        var receiptsFile = Argument(args, "--receipts");
        using var lifetime = new CancellationTokenSource(TimeSpan.FromSeconds(int.Parse(Argument(args, "--max-seconds"), CultureInfo.InvariantCulture)));

        await using var app = await StartAppAsync(args, store);
        var conversations = app.Services.GetRequiredService<IOmnideskConversations>();
        var started = new OmnideskConversation[sessions.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, sessions.Length), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = lifetime.Token }, async (i, _) =>
        {
            var result = await conversations.StartAsync(new ConversationStartRequest { SessionId = sessions[i], Message = "Hello" });
            started[i] = result.Conversation ?? throw new InvalidOperationException($"{sessions[i]} did not start: {result.Outcome}.");
        });

        using var readersStop = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
        var readers = started.Select(conversation => new ReceiptReader(conversation)).ToArray();
        var reading = readers.Select(reader => Task.Run(() => reader.ReadAsync(readersStop.Token))).ToArray();

        var hookpointBase = OmnideskHookpointAddress.Build(new Uri(app.Urls.Single()), Prefix, Token);
        await Console.Out.WriteLineAsync("READY " + hookpointBase);
        await Console.Out.FlushAsync();

        var command = await Console.In.ReadLineAsync(lifetime.Token);
        if (command is null)
        {
            return 1; // the driver is gone
        }

        var drain = command.Split(' ');
        var expected = long.Parse(drain[1], CultureInfo.InvariantCulture);
        var timeout = TimeSpan.FromMilliseconds(int.Parse(drain[2], CultureInfo.InvariantCulture));
        try
        {
            await Poll.UntilAsync(() => readers.Sum(reader => reader.Count) >= expected, timeout);
        }
        catch (TimeoutException)
        {
            // Fewer than expected arrived: the driver counts what is missing from the receipts.
        }

        await readersStop.CancelAsync();
        await Task.WhenAll(reading);
        await ReceiptFile.WriteAsync(receiptsFile, readers.SelectMany(reader => reader.Receipts));
        await Console.Out.WriteLineAsync("REPORTED");
        await Console.Out.FlushAsync();
        return 0;
    }

    private static async Task<WebApplication> StartAppAsync(string[] args, string store)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddCommandLine([.. args.Where(arg => arg.StartsWith("--Omnidesk:", StringComparison.Ordinal))]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        // Standard output is the driver's protocol: only errors are logged, to standard error.
        builder.Logging.ClearProviders().AddSimpleConsole().AddFilter(level => level >= LogLevel.Error)
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddOmnideskHookpoints(hookpoints => hookpoints.Token = Token);
        var conversations = builder.Services.AddOmnideskChat(builder.Configuration.GetSection("Omnidesk")).AddOmnideskConversations();
        if (store == "redis")
        {
            conversations.AddRedisStore(Argument(args, "--redis"));
        }
        else if (store != "memory")
        {
            throw new ArgumentException($"--store is redis or memory, not {store}.");
        }

        builder.Services.UseOwnHookpointsAsChatServer(Prefix, Token);
        var app = builder.Build();
        app.MapOmnideskHookpoints(Prefix);
        await app.StartAsync();
        return app;
    }

    private static string Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{Role} needs {name} <value>.");
    }
}
