using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// The one multiplexer the store uses: the user's own (never disposed here), or one made from the connection string
/// on first use. Made with <c>AbortOnConnectFail=false</c>, so an application starts while Redis is down and the
/// client library reconnects by itself; operations in the meantime fail after the operation timeout.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly OmnideskRedisStoreOptions _options;
    private readonly string _section;
    private readonly IConfiguration? _configuration;
    private readonly bool _owned;
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private IConnectionMultiplexer? _multiplexer;

    /// <param name="options">The store's options.</param>
    /// <param name="section">The section they are bound from, as a message about them names it.</param>
    /// <param name="configuration">The application's configuration, where <see cref="OmnideskRedisStoreOptions.ConfigurationKey"/> is looked up.</param>
    /// <param name="multiplexer">The application's own connection, or <see langword="null"/> for one of the store's own.</param>
    public RedisConnection(IOptions<OmnideskRedisStoreOptions> options, string section, IConfiguration? configuration, IConnectionMultiplexer? multiplexer)
    {
        _options = options.Value;
        _section = section;
        _configuration = configuration;
        _multiplexer = multiplexer;
        _owned = multiplexer is null;
    }

    /// <summary>The database, connecting first when the store made its own multiplexer and has not connected yet.</summary>
    public async ValueTask<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken)
    {
        var multiplexer = _multiplexer ?? await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return multiplexer.GetDatabase();
    }

    /// <summary>The multiplexer, connecting first if needed (pub/sub for waking readers needs it).</summary>
    public async ValueTask<IConnectionMultiplexer> GetMultiplexerAsync(CancellationToken cancellationToken) =>
        _multiplexer ?? await ConnectAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_owned && _multiplexer is { } multiplexer)
        {
            await multiplexer.DisposeAsync().ConfigureAwait(false);
        }

        _connectGate.Dispose();
    }

    public void Dispose()
    {
        if (_owned)
        {
            _multiplexer?.Dispose();
        }

        _connectGate.Dispose();
    }

    private async Task<IConnectionMultiplexer> ConnectAsync(CancellationToken cancellationToken)
    {
        await _connectGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_multiplexer is { } connected)
            {
                return connected;
            }

            var configuration = ConfigurationOptions.Parse(ResolveConnectionString());
            configuration.AbortOnConnectFail = false;
            var timeout = (int)Math.Ceiling(_options.OperationTimeout.TotalMilliseconds);
            configuration.AsyncTimeout = timeout;
            configuration.SyncTimeout = timeout;
            configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, timeout);
            configuration.ClientName ??= "omnidesk-conversations";

            // With AbortOnConnectFail off, ConnectAsync returns even when Redis is down; the library keeps trying.
            _multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken).ConfigureAwait(false);
            return _multiplexer;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(_options.ConnectionString))
        {
            return _options.ConnectionString;
        }

        var key = _options.ConfigurationKey!;
        var value = _configuration?[key];
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"The configuration key '{key}' ({_section}:{nameof(OmnideskRedisStoreOptions.ConfigurationKey)}) has no Redis connection string.")
            : value;
    }
}
