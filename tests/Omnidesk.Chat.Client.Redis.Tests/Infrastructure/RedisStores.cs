using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Redis.Internal;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

/// <summary>
/// Stores over a test's own Redis, each with its own multiplexer (as two app instances would have), sharing a key
/// prefix unique to the test so that tests running at once never see each other's keys.
/// </summary>
internal sealed class RedisStores : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    public RedisStores(RedisServer server, Action<OmnideskRedisStoreOptions>? configure = null)
    {
        Server = server;
        Options = new OmnideskRedisStoreOptions
        {
            ConnectionString = server.ConnectionString,
            KeyPrefix = "test-" + Guid.NewGuid().ToString("N")[..12] + ":",
            OperationTimeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(Options);
    }

    public RedisServer Server { get; }

    public OmnideskRedisStoreOptions Options { get; }

    /// <summary>A new store with its own connection: another "instance".</summary>
    public RedisConversationStore NewStore()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var connection = new RedisConnection(options, OmnideskRedisStoreOptions.SectionName, configuration: null, multiplexer: null);
        _owned.Add(connection);
        var store = new RedisConversationStore(connection, options);
        _owned.Add(new DisposeAction(store.Dispose));
        return store;
    }

    /// <summary>A plain connection for looking at what the store wrote.</summary>
    public async Task<IDatabase> InspectAsync()
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString + ",allowAdmin=true");
        _owned.Add(multiplexer);
        return multiplexer.GetDatabase();
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }
    }

    private sealed class DisposeAction(Action dispose) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            dispose();
            return ValueTask.CompletedTask;
        }
    }
}
