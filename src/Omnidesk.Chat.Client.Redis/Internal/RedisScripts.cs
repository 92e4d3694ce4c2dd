namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// The Lua scripts that make each store operation atomic in Redis. KEYS[1] is always the session's record: every
/// script that writes a key gives it the session's expiry deadline (the record's <c>expiresAt</c>, set by
/// <c>ExpireAsync</c> or the creation's time to live), or <see cref="OmnideskRedisStoreOptions.UnknownSessionExpiry"/>
/// (ARGV[1]) when the store has no record of the session, so no key is ever left without an end.
/// </summary>
internal static class RedisScripts
{
    private const string Keep = """
        local function keep(key)
          local at = redis.call('HGET', KEYS[1], 'expiresAt')
          if at then
            redis.call('PEXPIREAT', key, at)
          elseif redis.call('EXISTS', KEYS[1]) == 0 then
            redis.call('PEXPIRE', key, ARGV[1])
          end
        end

        """;

    /// <summary>KEYS: the session's fixed keys (record first). ARGV: time to live in ms or '', then field/value pairs. Returns {created, HGETALL}.</summary>
    public const string Create = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
          return {0, redis.call('HGETALL', KEYS[1])}
        end
        redis.call('HSET', KEYS[1], 'version', 1, unpack(ARGV, 2))
        local ttl = tonumber(ARGV[1])
        for i = 1, #KEYS do
          if ttl then redis.call('PEXPIRE', KEYS[i], ttl) else redis.call('PERSIST', KEYS[i]) end
        end
        if ttl then
          redis.call('HSET', KEYS[1], 'expiresAt', redis.call('PEXPIRETIME', KEYS[1]))
        end
        return {1, redis.call('HGETALL', KEYS[1])}
        """;

    /// <summary>
    /// Compare-and-set. KEYS[1]: record. ARGV: expected version, activity, n, n field names to delete, then field/value
    /// pairs (activity among them). Returns HGETALL, or nil when the version differs or the record is gone.
    /// </summary>
    public const string Update = """
        local version = redis.call('HGET', KEYS[1], 'version')
        if not version or version ~= ARGV[1] then return false end
        local stored = redis.call('HGET', KEYS[1], 'activity')
        local n = tonumber(ARGV[3])
        for i = 4, 3 + n do redis.call('HDEL', KEYS[1], ARGV[i]) end
        redis.call('HSET', KEYS[1], unpack(ARGV, 4 + n))
        if stored and stored > ARGV[2] then redis.call('HSET', KEYS[1], 'activity', stored) end
        redis.call('HINCRBY', KEYS[1], 'version', 1)
        return redis.call('HGETALL', KEYS[1])
        """;

    /// <summary>Redis's own clock as the zero-padded UTC ticks the record's activity is kept in.</summary>
    private const string Now = """
        local function now_ticks()
          local time = redis.call('TIME')
          local ticks = (tonumber(time[1]) + 62135596800) .. string.format('%06d', tonumber(time[2])) .. '0'
          return string.rep('0', 19 - #ticks) .. ticks
        end

        """;

    /// <summary>Whether Redis's clock has passed a write's deadline (milliseconds since 1970; '' for none).</summary>
    private const string Late = """
        local function late(deadline)
          if deadline == '' then return false end
          local time = redis.call('TIME')
          return tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) > tonumber(deadline)
        end

        """;

    /// <summary>Appends ARGV[first..last] as the next entry of a stream whose ids are &lt;sequence&gt;-0; returns the sequence.</summary>
    private const string AppendEntry = """
        local function append_entry(key, maxlen, first, last)
          local newest = redis.call('XREVRANGE', key, '+', '-', 'COUNT', 1)
          local sequence = 1
          if #newest > 0 then sequence = tonumber(string.match(newest[1][1], '^(%d+)')) + 1 end
          redis.call('XADD', key, 'MAXLEN', maxlen, sequence .. '-0', unpack(ARGV, first, last))
          return sequence
        end

        """;

    /// <summary>The result of a script that found its deadline passed and wrote nothing.</summary>
    public const long TooLate = -1;

    /// <summary>KEYS[1]: record. Moves the activity forward to Redis's own clock, never back.</summary>
    public const string Touch = Now + """
        local stored = redis.call('HGET', KEYS[1], 'activity')
        local now = now_ticks()
        if stored and stored < now then redis.call('HSET', KEYS[1], 'activity', now) end
        return 0
        """;

    /// <summary>
    /// The one end of a conversation. KEYS: the session's fixed keys (<see cref="SessionKeys.All"/>). ARGV: idle
    /// ticks or '' (end only an open record idle that long by Redis's clock), retain ms, wake channel, session id, max
    /// events, max history, endedBy, endedAt, file key stem, deadline, then the Ended entry's field/value pairs. Sets
    /// the state, appends the entry to both logs, publishes the wake-up and gives every key of the session the
    /// retention. Returns HGETALL of the ended record, nil when it was already ended, is gone or is not idle long
    /// enough, or <see cref="TooLate"/>.
    /// </summary>
    public const string End = Now + Late + AppendEntry + """
        if late(ARGV[10]) then return -1 end
        local status = redis.call('HGET', KEYS[1], 'status')
        if not status or status == 'Ended' then return false end
        if ARGV[1] ~= '' then
          if status ~= 'Open' then return false end
          local activity = tonumber(redis.call('HGET', KEYS[1], 'activity'))
          if tonumber(now_ticks()) - activity < tonumber(ARGV[1]) then return false end
        end
        redis.call('HSET', KEYS[1], 'status', 'Ended', 'endedBy', ARGV[7], 'ended', ARGV[8])
        redis.call('HINCRBY', KEYS[1], 'version', 1)
        append_entry(KEYS[5], ARGV[6], 11, #ARGV)
        append_entry(KEYS[4], ARGV[5], 11, #ARGV)
        redis.call('PUBLISH', ARGV[3], ARGV[4])
        for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
        redis.call('HSET', KEYS[1], 'expiresAt', redis.call('PEXPIRETIME', KEYS[1]))
        for _, id in ipairs(redis.call('SMEMBERS', KEYS[#KEYS])) do
          redis.call('PEXPIRE', ARGV[9] .. id, ARGV[2], 'LT')
        end
        return redis.call('HGETALL', KEYS[1])
        """;

    /// <summary>
    /// An agent's event in one step. KEYS: record, agents, events, history. ARGV: deadline, max events, max history,
    /// wake channel, session id, '1' when the entry also goes to the history and the activity, agent name or '', n,
    /// the n field/value strings of the AgentJoined entry, then the entry's. Returns the event's sequence, 0 when the
    /// session has no record or has ended, or <see cref="TooLate"/>.
    /// </summary>
    public const string RecordAgentEvent = Now + Late + AppendEntry + """
        if late(ARGV[1]) then return -1 end
        local status = redis.call('HGET', KEYS[1], 'status')
        if not status or status == 'Ended' then return 0 end
        local at = redis.call('HGET', KEYS[1], 'expiresAt')
        local function keep(key)
          if at then redis.call('PEXPIREAT', key, at) end
        end
        local n = tonumber(ARGV[8])
        if ARGV[7] ~= '' and redis.call('SADD', KEYS[2], ARGV[7]) == 1 then
          keep(KEYS[2])
          append_entry(KEYS[4], ARGV[3], 9, 8 + n)
          append_entry(KEYS[3], ARGV[2], 9, 8 + n)
        end
        if ARGV[6] == '1' then
          append_entry(KEYS[4], ARGV[3], 9 + n, #ARGV)
          keep(KEYS[4])
          local now = now_ticks()
          if redis.call('HGET', KEYS[1], 'activity') < now then redis.call('HSET', KEYS[1], 'activity', now) end
        end
        local sequence = append_entry(KEYS[3], ARGV[2], 9 + n, #ARGV)
        keep(KEYS[3])
        redis.call('PUBLISH', ARGV[4], ARGV[5])
        return sequence
        """;

    /// <summary>KEYS: record, counters. ARGV: unknown-session ms, counter. Returns the new value.</summary>
    public const string Increment = Keep + """
        local value = redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
        keep(KEYS[2])
        return value
        """;

    /// <summary>KEYS: record, readers. ARGV: unknown-session ms, reader, sequence.</summary>
    public const string SetReader = Keep + """
        redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
        keep(KEYS[2])
        return 0
        """;

    /// <summary>
    /// KEYS: record, stream. ARGV: unknown-session ms, max length, wake channel or '', session id, field/value pairs.
    /// The entry id is &lt;sequence&gt;-0, one more than the newest (trimming never removes the newest). Returns the sequence.
    /// </summary>
    public const string Append = Keep + """
        local newest = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
        local sequence = 1
        if #newest > 0 then sequence = tonumber(string.match(newest[1][1], '^(%d+)')) + 1 end
        redis.call('XADD', KEYS[2], 'MAXLEN', ARGV[2], sequence .. '-0', unpack(ARGV, 5))
        keep(KEYS[2])
        if ARGV[3] ~= '' then redis.call('PUBLISH', ARGV[3], ARGV[4]) end
        return sequence
        """;

    /// <summary>KEYS: record, events stream. Returns {record exists, newest event sequence or 0}.</summary>
    public const string EventsState = """
        local newest = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
        local sequence = 0
        if #newest > 0 then sequence = tonumber(string.match(newest[1][1], '^(%d+)')) end
        return {redis.call('EXISTS', KEYS[1]), sequence}
        """;

    /// <summary>
    /// KEYS: record, partial file, file, files set. ARGV: unknown-session ms, time to live ms, file id. Renames the
    /// completed upload into place, never outliving the session. Returns 0 when the upload expired meanwhile.
    /// </summary>
    public const string CompleteFile = Keep + """
        if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
        redis.call('RENAME', KEYS[2], KEYS[3])
        redis.call('PEXPIRE', KEYS[3], ARGV[2])
        local at = redis.call('HGET', KEYS[1], 'expiresAt')
        if at then redis.call('PEXPIREAT', KEYS[3], at, 'LT') end
        redis.call('SADD', KEYS[4], ARGV[3])
        keep(KEYS[4])
        return 1
        """;

    /// <summary>
    /// KEYS: the session's fixed keys (record first, files set last). ARGV: time to live ms, or '' to keep until told,
    /// then the file key stem. Files keep their own, shorter expiry: a session's deadline only ever shortens it.
    /// </summary>
    public const string Expire = """
        local ttl = tonumber(ARGV[1])
        if not ttl then
          for i = 1, #KEYS do redis.call('PERSIST', KEYS[i]) end
          redis.call('HDEL', KEYS[1], 'expiresAt')
          return 0
        end
        if redis.call('EXISTS', KEYS[1]) == 1 then
          redis.call('PEXPIRE', KEYS[1], ttl)
          redis.call('HSET', KEYS[1], 'expiresAt', redis.call('PEXPIRETIME', KEYS[1]))
        end
        for i = 2, #KEYS do redis.call('PEXPIRE', KEYS[i], ttl) end
        for _, id in ipairs(redis.call('SMEMBERS', KEYS[#KEYS])) do
          redis.call('PEXPIRE', ARGV[2] .. id, ttl, 'LT')
        end
        return 0
        """;

    /// <summary>KEYS: the session's fixed keys (files set last). ARGV: file key stem. Deletes them and every kept file.</summary>
    public const string Remove = """
        for _, id in ipairs(redis.call('SMEMBERS', KEYS[#KEYS])) do
          redis.call('DEL', ARGV[1] .. id, ARGV[1] .. id .. ':partial')
        end
        return redis.call('DEL', unpack(KEYS))
        """;
}
