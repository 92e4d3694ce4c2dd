using System.Globalization;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Benchmarks.ConversationLoad;

/// <summary>
/// Redis's <c>INFO commandstats</c>: calls per command. Redis counts the commands a script runs (<c>redis.call</c>)
/// under their own names as well as the <c>EVALSHA</c> that ran it, so the rows are commands executed: a row such as
/// <c>HGETALL</c> mixes what a client sent itself with what scripts ran.
/// </summary>
internal sealed class CommandStats(IReadOnlyDictionary<string, long> calls)
{
    public IReadOnlyDictionary<string, long> Calls { get; } = calls;

    public static async Task<CommandStats> ReadAsync(IConnectionMultiplexer connection)
    {
        var info = await connection.GetServer(connection.GetEndPoints()[0]).InfoRawAsync("commandstats") ?? string.Empty;
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        // cmdstat_evalsha:calls=1234,usec=5678,usec_per_call=4.60,rejected_calls=0,failed_calls=0
        foreach (var line in info.Split('\n', StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith("cmdstat_", StringComparison.Ordinal))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = line[(colon + 1)..].Split(',').First(pair => pair.StartsWith("calls=", StringComparison.Ordinal));
            calls[line["cmdstat_".Length..colon]] = long.Parse(field.AsSpan("calls=".Length), CultureInfo.InvariantCulture);
        }

        return new CommandStats(calls);
    }

    /// <summary>The calls made between <paramref name="before"/> and this, without the driver's own INFO.</summary>
    public CommandStats Since(CommandStats before) => new(Calls
        .Where(pair => pair.Key != "info")
        .Select(pair => (pair.Key, Calls: pair.Value - before.Calls.GetValueOrDefault(pair.Key)))
        .Where(pair => pair.Calls > 0)
        .ToDictionary(pair => pair.Key, pair => pair.Calls, StringComparer.Ordinal));
}
