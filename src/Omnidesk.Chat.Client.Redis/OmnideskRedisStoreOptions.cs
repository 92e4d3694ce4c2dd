using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis;

/// <summary>
/// Options of the Redis conversation store, bound from <c>Omnidesk:Conversations:Redis</c> (an account's, named after
/// the account, from <c>Omnidesk:Accounts:{account}:Conversations:Redis</c>) and validated at start.
/// Say where Redis is in exactly one way: <see cref="ConnectionString"/>, <see cref="ConfigurationKey"/>, or an
/// existing <see cref="IConnectionMultiplexer"/> passed to <c>AddRedisStore</c>.
/// </summary>
public sealed class OmnideskRedisStoreOptions
{
    /// <summary>The configuration section the unnamed conversations' store options are bound from.</summary>
    public const string SectionName = "Omnidesk:Conversations:Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string, such as <c>redis.internal:6379,password=…,ssl=true</c>.
    /// It may hold a password: it is never logged nor shown in an exception.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The key of the application's configuration whose value is the connection string, such as
    /// <c>ConnectionStrings:redis</c> (what Aspire and most hosts set), read once when the store first connects.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>.</value>
    public string? ConfigurationKey { get; set; }

    /// <summary>
    /// The prefix of every key the store writes, so several applications (or environments) can share one Redis.
    /// </summary>
    /// <value>Defaults to <c>omnidesk:</c>; for an account's store, <c>omnidesk:{account}:</c>.</value>
    public string KeyPrefix { get; set; } = "omnidesk:";

    /// <summary>
    /// How many events each session's event log (a Redis Stream) keeps; when full, the oldest is trimmed and a reader
    /// that had not read it is told how many it missed.
    /// </summary>
    /// <value>Defaults to 1,000.</value>
    public int MaxEventsPerConversation { get; set; } = 1_000;

    /// <summary>How many history entries each session keeps (a Redis Stream); when full, the oldest is trimmed.</summary>
    /// <value>Defaults to 1,000.</value>
    public int MaxHistoryPerConversation { get; set; } = 1_000;

    /// <summary>
    /// The largest agent file whose content the store keeps (one Redis string each, until opened or expired); a
    /// larger one keeps only its metadata. The file is written in 64 KiB chunks, never buffered whole.
    /// </summary>
    /// <value>Defaults to 10 MiB.</value>
    public long MaxFileSize { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// How long the keys of a session the store holds no record of live (counters, logs or positions written for an
    /// unknown session, such as a hookpoint the layer records for it); a known session's keys follow its record's expiry.
    /// </summary>
    /// <value>Defaults to 1 day.</value>
    public TimeSpan UnknownSessionExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The longest one store operation may take (one round trip, or one wait while Redis is unreachable) before it
    /// fails with the store-unavailable exception; the caller's cancellation token ends it sooner.
    /// </summary>
    /// <value>Defaults to 5 seconds.</value>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often a waiting reader looks at its event log even without a wake-up message, so an append whose
    /// notification was lost (for example during a reconnect) is still delivered.
    /// </summary>
    /// <value>Defaults to 2 seconds.</value>
    public TimeSpan ReaderPollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
