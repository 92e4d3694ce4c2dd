using Omnidesk.Chat.Client.Conversations;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>This file: agent files, written in chunks and taken once.</summary>
internal sealed partial class RedisConversationStore
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// Streams the content into a partial key 64 KiB at a time (never the whole file in memory), then renames it into
    /// place in one script, so a reader never sees half a file. A file over <see cref="OmnideskRedisStoreOptions.MaxFileSize"/>
    /// is read to its end and not kept.
    /// </summary>
    public async ValueTask<long?> PutFileAsync(string sessionId, string fileId, Stream content, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(fileId);
        ArgumentNullException.ThrowIfNull(content);
        var session = _keys.For(sessionId);
        var partial = session.PartialFile(fileId);
        var ttl = RedisTime.Milliseconds(timeToLive);
        var expiry = TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(timeToLive.TotalMilliseconds)));
        var buffer = new byte[ChunkSize];
        long length = 0;
        var started = false;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
            if (length > _options.MaxFileSize)
            {
                await _calls.RunAsync("put file", db => db.KeyDeleteAsync(partial), cancellationToken).ConfigureAwait(false);
                await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                return null;
            }

            // A copy per chunk: a write abandoned at its timeout must not see the buffer reused.
            RedisValue chunk = buffer.AsSpan(0, read).ToArray();
            if (started)
            {
                await _calls.RunAsync("put file", db => db.StringAppendAsync(partial, chunk), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _calls.RunAsync("put file", db => db.StringSetAsync(partial, chunk, expiry), cancellationToken).ConfigureAwait(false);
                started = true;
            }
        }

        if (!started)
        {
            await _calls.RunAsync("put file", db => db.StringSetAsync(partial, RedisValue.EmptyString, expiry), cancellationToken).ConfigureAwait(false);
        }

        var completed = await _calls.RunAsync("put file", db => db.ScriptEvaluateAsync(
            RedisScripts.CompleteFile, [session.Record, partial, session.File(fileId), session.Files], [_unknownSessionExpiry, ttl, fileId]), cancellationToken).ConfigureAwait(false);
        return (long)completed == 1 ? length : null;
    }

    /// <summary>GETDEL: of two instances opening the same file at once, exactly one gets it.</summary>
    public async ValueTask<Stream?> TakeFileAsync(string sessionId, string fileId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(fileId);
        var session = _keys.For(sessionId);
        var bytes = await _calls.RunAsync("take file", db => db.StringGetDeleteAsync(session.File(fileId)), cancellationToken).ConfigureAwait(false);
        if (bytes.IsNull)
        {
            return null;
        }

        // The content is taken: tidying the id list must not fail the take, so it is sent without waiting for a reply.
        var database = await _calls.RunAsync("take file", db => Task.FromResult(db), cancellationToken).ConfigureAwait(false);
        await database.SetRemoveAsync(session.Files, fileId, CommandFlags.FireAndForget).ConfigureAwait(false);
        return new MemoryStream((byte[])bytes!, writable: false);
    }
}
