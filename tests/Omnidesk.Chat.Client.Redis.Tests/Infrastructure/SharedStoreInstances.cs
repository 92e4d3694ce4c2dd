using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

/// <summary>
/// Several instances of the user's app sharing one conversation store: one Redis (each instance with its own
/// connection), or the in-memory store of the first instance handed to the others, the baseline of what "one store"
/// promises. Each instance runs its own idle monitor.
/// </summary>
internal sealed class SharedStoreInstances : IAsyncDisposable
{
    private SharedStoreInstances(RedisServer? redis, OmnideskEmulator emulator, List<AppInstance> instances)
    {
        Redis = redis;
        Emulator = emulator;
        Instances = instances;
    }

    public RedisServer? Redis { get; }

    public OmnideskEmulator Emulator { get; }

    public IReadOnlyList<AppInstance> Instances { get; }

    /// <summary>The store as every instance sees it (for looking at the raw logs).</summary>
    public IOmnideskConversationStore Store => Instances[0].Services.GetRequiredService<IOmnideskConversationStore>();

    /// <param name="store"><c>"memory"</c> or <c>"redis"</c>.</param>
    /// <param name="count">How many instances.</param>
    /// <param name="options">The conversations' options on every instance.</param>
    /// <param name="redisOptions">The Redis store's options on every instance (the key prefix is set already).</param>
    /// <param name="clockOf">Each instance's clock by its index, or null for the system's.</param>
    public static async Task<SharedStoreInstances> StartAsync(
        string store,
        int count,
        Action<OmnideskConversationsOptions> options,
        Action<OmnideskRedisStoreOptions>? redisOptions = null,
        Func<int, TimeProvider?>? clockOf = null)
    {
        var redis = store == "redis" ? await RedisServer.StartAsync() : null;
        var emulator = await OmnideskEmulator.StartAsync();
        var instances = new List<AppInstance>();
        var prefix = "app-" + Guid.NewGuid().ToString("N")[..8] + ":";
        try
        {
            for (var i = 0; i < count; i++)
            {
                var first = instances.FirstOrDefault();
                instances.Add(await AppInstance.StartAsync(((char)('A' + i)).ToString(), emulator, c =>
                {
                    if (redis is not null)
                    {
                        c.AddRedisStore(redis.ConnectionString, o =>
                        {
                            o.KeyPrefix = prefix;
                            redisOptions?.Invoke(o);
                        });
                    }
                    else if (first is not null)
                    {
                        var shared = first.Services.GetRequiredService<IOmnideskConversationStore>();
                        c.UseStore(_ => shared);
                    }
                }, options: options, time: clockOf?.Invoke(i)));
            }
        }
        catch
        {
            await new SharedStoreInstances(redis, emulator, instances).DisposeAsync();
            throw;
        }

        return new SharedStoreInstances(redis, emulator, instances);
    }

    /// <summary>The <c>notifyUserEndChat</c> requests Omnidesk received for a session.</summary>
    public int EndChatRequests(string sessionId) => Emulator.Requests.Count(r =>
        r.Path.EndsWith("/notifyUserEndChat", StringComparison.Ordinal) && r.Form["chatSessionID"] == sessionId);

    /// <summary>How many <see cref="ConversationEntryKind.Ended"/> entries one of the session's logs holds.</summary>
    public async Task<int> EndedEntriesAsync(string sessionId, ConversationLog log) =>
        (await Store.ReadAsync(sessionId, log, 0, 1_000, CancellationToken.None)).Count(e => e.Kind == ConversationEntryKind.Ended);

    /// <summary>Waits until the store holds every session as ended.</summary>
    public async Task WaitAllEndedAsync(IEnumerable<string> sessionIds, CancellationToken cancellationToken)
    {
        foreach (var sessionId in sessionIds)
        {
            while ((await Store.GetAsync(sessionId, cancellationToken))?.Status != ConversationStatus.Ended)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Waits until Omnidesk was told of each session's end: the end's winner calls <c>notifyUserEndChat</c> just after
    /// its compare-and-set, so the store says Ended a moment before the emulator has the request.
    /// </summary>
    public async Task WaitUntilToldOfEachEndAsync(IEnumerable<string> sessionIds, CancellationToken cancellationToken)
    {
        foreach (var sessionId in sessionIds)
        {
            while (EndChatRequests(sessionId) == 0)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Enumerable.Reverse(Instances))
        {
            await instance.DisposeAsync();
        }

        await Emulator.DisposeAsync();
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }
}
