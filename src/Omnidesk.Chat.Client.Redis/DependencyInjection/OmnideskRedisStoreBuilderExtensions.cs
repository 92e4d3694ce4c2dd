using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis;
using Omnidesk.Chat.Client.Redis.Internal;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Puts the conversations in Redis: <c>services.AddOmnideskChat().AddOmnideskConversations().AddRedisStore(…)</c>.
/// Every instance of the app that uses the same Redis and key prefix then shares the conversations, their message
/// numbers and their event logs. Options are bound from <c>Omnidesk:Conversations:Redis</c> and validated at start;
/// on an account's conversations (<c>AddOmnideskChat("brand-b").AddOmnideskConversations().AddRedisStore(…)</c>)
/// from <c>Omnidesk:Accounts:brand-b:Conversations:Redis</c>, with the keys under <c>omnidesk:brand-b:</c> unless
/// <see cref="OmnideskRedisStoreOptions.KeyPrefix"/> is set, and the store, its connection and its health check are
/// keyed services under the account.
/// </summary>
public static class OmnideskRedisStoreBuilderExtensions
{
    /// <summary>
    /// Uses the Redis store with options from <c>Omnidesk:Conversations:Redis</c>, where <c>ConnectionString</c> or
    /// <c>ConfigurationKey</c> (the key holding the connection string, such as <c>ConnectionStrings:redis</c>) says
    /// where Redis is.
    /// </summary>
    /// <param name="builder">What <c>AddOmnideskConversations()</c> returned.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static OmnideskConversationsBuilder AddRedisStore(this OmnideskConversationsBuilder builder) =>
        AddRedisStore(builder, static (OmnideskRedisStoreOptions _) => { });

    /// <summary>
    /// Uses the Redis store with options from <c>Omnidesk:Conversations:Redis</c>, then set by a delegate (for example
    /// <c>o =&gt; o.ConfigurationKey = "ConnectionStrings:redis"</c>).
    /// </summary>
    /// <param name="builder">What <c>AddOmnideskConversations()</c> returned.</param>
    /// <param name="configure">Sets options after the configuration is bound.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OmnideskConversationsBuilder AddRedisStore(this OmnideskConversationsBuilder builder, Action<OmnideskRedisStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return RedisStoreRegistration.Register(builder, multiplexer: null, configure);
    }

    /// <summary>Uses the Redis store at a StackExchange.Redis configuration string, such as <c>redis:6379,password=…</c>.</summary>
    /// <param name="builder">What <c>AddOmnideskConversations()</c> returned.</param>
    /// <param name="connectionString">Where Redis is; it may hold a password, which is never logged.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null or white space.</exception>
    public static OmnideskConversationsBuilder AddRedisStore(this OmnideskConversationsBuilder builder, string connectionString) =>
        AddRedisStore(builder, connectionString, static _ => { });

    /// <summary>Uses the Redis store at a StackExchange.Redis configuration string, with the other options set by a delegate.</summary>
    /// <param name="builder">What <c>AddOmnideskConversations()</c> returned.</param>
    /// <param name="connectionString">Where Redis is; it may hold a password, which is never logged.</param>
    /// <param name="configure">Sets the other options.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null or white space.</exception>
    public static OmnideskConversationsBuilder AddRedisStore(this OmnideskConversationsBuilder builder, string connectionString, Action<OmnideskRedisStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(configure);
        return RedisStoreRegistration.Register(builder, multiplexer: null, options =>
        {
            options.ConnectionString = connectionString;
            configure(options);
        });
    }

    /// <summary>
    /// Uses the Redis store over the application's own connection (for example the one its cache or SignalR backplane
    /// uses). The store never disposes it.
    /// </summary>
    /// <param name="builder">What <c>AddOmnideskConversations()</c> returned.</param>
    /// <param name="connection">The connection to share.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="connection"/> is <see langword="null"/>.</exception>
    public static OmnideskConversationsBuilder AddRedisStore(this OmnideskConversationsBuilder builder, IConnectionMultiplexer connection) =>
        AddRedisStore(builder, connection, static _ => { });

    /// <summary>Uses the Redis store over the application's own connection, with the other options set by a delegate.</summary>
    /// <param name="builder">What <c>AddOmnideskConversations()</c> returned.</param>
    /// <param name="connection">The connection to share; the store never disposes it.</param>
    /// <param name="configure">Sets the other options.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OmnideskConversationsBuilder AddRedisStore(this OmnideskConversationsBuilder builder, IConnectionMultiplexer connection, Action<OmnideskRedisStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(configure);
        return RedisStoreRegistration.Register(builder, connection, configure);
    }
}
