using System.Globalization;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Tests.Cost;

/// <summary>
/// What a hookpoint and a delivered event cost on Redis, counted by Redis itself (<c>INFO commandstats</c>): an agent
/// message is one script call, a live reader at most about three round trips per event; the table of every command (those run inside the scripts included) is written to the
/// test's output for the README's figures.
/// </summary>
public sealed class CommandCountTests
{
    private const int Messages = 100;

    [Test]
    [CancelAfter(120_000)]
    public async Task AgentMessages_OneScriptCallEach_AndTheReadersCostIsCounted()
    {
        var cancellationToken = TestContext.CurrentContext.CancellationToken;
        await using var app = await SharedStoreInstances.StartAsync("redis", 1, _ => { });
        await using var admin = await ConnectionMultiplexer.ConnectAsync(app.Redis!.ConnectionString + ",allowAdmin=true");
        var server = admin.GetServer(admin.GetEndPoints().Single());
        var conversation = await app.Instances[0].StartConversationAsync("cost");
        await app.Emulator.Agent.SendMessageAsync("cost", "warm-up", "Anna", cancellationToken: cancellationToken);

        await server.ConfigResetStatisticsAsync();
        for (var n = 0; n < Messages; n++)
        {
            await app.Emulator.Agent.SendMessageAsync("cost", $"unread {n}", "Anna", cancellationToken: cancellationToken);
        }

        var perHookpoint = await CommandStatsAsync(server);

        var reader = new PatientReader(conversation);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = reader.RunAsync(stop.Token);
        await reader.WaitForAsync([$"unread {Messages - 1}"], cancellationToken);
        await server.ConfigResetStatisticsAsync();
        for (var n = 0; n < Messages; n++)
        {
            await app.Emulator.Agent.SendMessageAsync("cost", $"read {n}", "Anna", cancellationToken: cancellationToken);
            await reader.WaitForAsync([$"read {n}"], cancellationToken);
        }

        var withReader = await CommandStatsAsync(server);
        await stop.CancelAsync();
        await reading;

        var scriptCalls = perHookpoint.GetValueOrDefault("evalsha") + perHookpoint.GetValueOrDefault("eval");
        TestContext.Out.WriteLine($"per agent message, no reader ({Messages}): " + Describe(perHookpoint, Messages));
        TestContext.Out.WriteLine($"per agent message delivered to a live reader ({Messages}): " + Describe(withReader, Messages));
        Assert.That(scriptCalls, Is.EqualTo(Messages), "one script call per agent message");
        var roundTripsPerEvent = (double)(RoundTrips(withReader) - RoundTrips(perHookpoint)) / Messages;
        Assert.That(roundTripsPerEvent, Is.LessThanOrEqualTo(3.2), "a live reader: a read, a position save and a wait per event (was 5)");
    }

    /// <summary>The commands the store sends itself (scripts, reads, record reads); the ones inside scripts are not round trips.</summary>
    private static long RoundTrips(Dictionary<string, long> stats) =>
        stats.GetValueOrDefault("evalsha") + stats.GetValueOrDefault("eval") + stats.GetValueOrDefault("xrange") + stats.GetValueOrDefault("hgetall");

    private static string Describe(Dictionary<string, long> stats, int per) =>
        string.Join(", ", stats.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {(double)s.Value / per:0.##}"));

    /// <summary>Calls per command since the last reset, leaving out the test's own INFO and CONFIG.</summary>
    private static async Task<Dictionary<string, long>> CommandStatsAsync(IServer server)
    {
        var stats = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in await server.InfoAsync("commandstats"))
        {
            foreach (var (key, value) in group)
            {
                var command = key.Replace("cmdstat_", string.Empty, StringComparison.Ordinal);
                if (command is "info" || command.StartsWith("config", StringComparison.Ordinal))
                {
                    continue;
                }

                var calls = value.Split(',')[0]["calls=".Length..];
                stats[command] = long.Parse(calls, CultureInfo.InvariantCulture);
            }
        }

        return stats;
    }
}
