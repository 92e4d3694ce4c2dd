using Omnidesk.Chat.Client.Conversations;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// The key layout, in one place (the README lists it). A session's keys share the hash tag <c>{sessionId}</c>, so
/// on a Redis Cluster they live in one slot and the store's scripts can touch several of them at once.
/// </summary>
internal sealed class RedisKeys(string prefix)
{
    /// <summary>The sorted set of open sessions' ids (all scores 0, so ordered by id): <c>ListOpenAsync</c> pages it.</summary>
    public RedisKey Open { get; } = prefix + "open";

    /// <summary>String: a random id written once, which a Redis that lost its data no longer holds (<see cref="StoreEpoch"/>).</summary>
    public RedisKey Epoch { get; } = prefix + "epoch";

    /// <summary>The pub/sub channel an append to an event log publishes the session id on, to wake readers anywhere.</summary>
    public RedisChannel Wake { get; } = RedisChannel.Literal(prefix + "wake");

    public SessionKeys For(string sessionId) => new(prefix + "conv:{" + sessionId + "}:");
}

/// <summary>The keys of one session.</summary>
internal readonly struct SessionKeys(string stem)
{
    /// <summary>Hash: the <see cref="ConversationRecord"/> fields, its version and the session's expiry deadline.</summary>
    public RedisKey Record => stem + "record";

    /// <summary>Hash: the layer's counters (<see cref="ConversationCounters"/>).</summary>
    public RedisKey Counters => stem + "counters";

    /// <summary>Set: the agent names seen.</summary>
    public RedisKey Agents => stem + "agents";

    /// <summary>Stream: the event log, entry id <c>&lt;sequence&gt;-0</c>.</summary>
    public RedisKey Events => stem + "events";

    /// <summary>Stream: the history, entry id <c>&lt;sequence&gt;-0</c>.</summary>
    public RedisKey History => stem + "history";

    /// <summary>Hash: each named reader's last consumed event sequence.</summary>
    public RedisKey Readers => stem + "readers";

    /// <summary>Set: the ids of the files kept, so that expiry and removal reach them.</summary>
    public RedisKey Files => stem + "files";

    public RedisKey Log(ConversationLog log) => log == ConversationLog.Events ? Events : History;

    /// <summary>What every file key of the session starts with (the scripts append the file id).</summary>
    public string FileStem => stem + "file:";

    /// <summary>String: an agent file's bytes.</summary>
    public RedisKey File(string fileId) => FileStem + fileId;

    /// <summary>String: an agent file being written, renamed to <see cref="File"/> once complete.</summary>
    public RedisKey PartialFile(string fileId) => stem + "file:" + fileId + ":partial";

    /// <summary>Every fixed key of the session, record first (the scripts read the expiry deadline from it).</summary>
    public RedisKey[] All => [Record, Counters, Agents, Events, History, Readers, Files];
}
