using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

namespace Omnidesk.Chat.Client.Redis.Tests.ScaleOut;

/// <summary>
/// Redis restarted without its data (killed, its files deleted, started again: as a server without persistence comes
/// back) under readers on two instances: each reader is told with <see cref="ConversationDataLost"/> and its stream
/// ends; none ends silently. A hookpoint for a lost session is answered <c>ok</c> (a resend cannot bring it back), and
/// the instance logs that the store lost its data.
/// </summary>
public sealed class RedisDataLossTests
{
    private const int Sessions = 4;

    [Test]
    [CancelAfter(120_000)]
    public async Task RedisRestartedEmptyUnderReaders_EachReaderGetsConversationDataLostThenItsStreamEnds()
    {
        var cancellationToken = TestContext.CurrentContext.CancellationToken;
        await using var app = await SharedStoreInstances.StartAsync("redis", 2, _ => { }, o =>
        {
            o.OperationTimeout = TimeSpan.FromSeconds(2);
            o.ReaderPollInterval = TimeSpan.FromMilliseconds(200);
        });
        var redis = app.Redis!;
        var readers = new List<(string SessionId, List<ConversationEvent> Events, Task Reading)>();
        for (var i = 0; i < Sessions; i++)
        {
            var sessionId = $"lost-{i}";
            var conversation = await app.Instances[i % 2].StartConversationAsync(sessionId);
            var events = new List<ConversationEvent>();
            readers.Add((sessionId, events, ReadUntilTheStreamEndsAsync(conversation, events, cancellationToken)));
            await app.Emulator.Agent.SendMessageAsync(sessionId, "before the loss", "Anna", cancellationToken: cancellationToken);
        }

        while (readers.Any(r => Count(r.Events) < 2))
        {
            await Task.Delay(50, cancellationToken);
        }

        redis.Kill();
        redis.WipeData();
        await redis.RestartAsync();
        await Task.WhenAll(readers.Select(r => r.Reading));

        foreach (var (sessionId, events, _) in readers)
        {
            List<ConversationEvent> got;
            lock (events)
            {
                got = [.. events];
            }

            Assert.That(got.Select(e => e.GetType().Name), Is.EqualTo(new[] { nameof(AgentJoined), nameof(AgentMessage), nameof(ConversationDataLost) }), sessionId);
        }

        for (var i = 0; i < Sessions; i++)
        {
            var sessionId = $"lost-{i}";
            var answer = await app.Emulator.Agent.SendMessageAsync(sessionId, "after the loss", "Anna", cancellationToken: cancellationToken);
            Assert.That(answer.StatusCode, Is.EqualTo(200), sessionId);
            var errors = app.Instances[i % 2].Logs.Entries.Where(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Message);
            Assert.That(errors, Has.Some.StartsWith($"Hookpoint MessageForCustomer for session {sessionId}: the conversation store lost its data (Redis no longer holds"), sessionId);
        }
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task RedisRestartedFromAnOlderSnapshotUnderReaders_EachReaderIsToldRatherThanGivenReusedSequences()
    {
        var cancellationToken = TestContext.CurrentContext.CancellationToken;
        await using var app = await SharedStoreInstances.StartAsync("redis", 2, _ => { }, o =>
        {
            o.OperationTimeout = TimeSpan.FromSeconds(2);
            o.ReaderPollInterval = TimeSpan.FromMilliseconds(200);
        });
        var redis = app.Redis!;
        await using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var readers = new List<(string SessionId, List<ConversationEvent> Events, Task Reading)>();
        for (var i = 0; i < Sessions; i++)
        {
            var sessionId = $"rolled-back-{i}";
            var conversation = await app.Instances[i % 2].StartConversationAsync(sessionId);
            var events = new List<ConversationEvent>();
            readers.Add((sessionId, events, ReadUntilTheStreamEndsAsync(conversation, events, cancellationToken)));
            await app.Emulator.Agent.SendMessageAsync(sessionId, "in the snapshot", "Anna", cancellationToken: cancellationToken);
        }

        while (readers.Any(r => Count(r.Events) < 2))
        {
            await Task.Delay(50, cancellationToken);
        }

        await admin.GetServer(admin.GetEndPoints().Single()).ExecuteAsync("SAVE"); // the snapshot the restart comes back to
        foreach (var (sessionId, _, _) in readers)
        {
            await app.Emulator.Agent.SendMessageAsync(sessionId, "after the snapshot", "Anna", cancellationToken: cancellationToken);
        }

        while (readers.Any(r => Count(r.Events) < 3))
        {
            await Task.Delay(50, cancellationToken);
        }

        redis.Kill();
        await redis.RestartFromSnapshotAsync();
        await Task.WhenAll(readers.Select(r => r.Reading));

        foreach (var (sessionId, events, _) in readers)
        {
            List<ConversationEvent> got;
            lock (events)
            {
                got = [.. events];
            }

            Assert.That(got.Select(e => e.GetType().Name), Is.EqualTo(new[] { nameof(AgentJoined), nameof(AgentMessage), nameof(AgentMessage), nameof(ConversationDataLost) }), sessionId);
            Assert.That(got[^1].Sequence, Is.EqualTo(3), $"{sessionId}: told at the last sequence it had consumed");
        }
    }

    private static int Count(List<ConversationEvent> events)
    {
        lock (events)
        {
            return events.Count;
        }
    }

    /// <summary>A reader as an app writes one: after a store outage it reads again, until its stream ends.</summary>
    private static async Task ReadUntilTheStreamEndsAsync(OmnideskConversation conversation, List<ConversationEvent> events, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await foreach (var item in conversation.ReadEventsAsync(cancellationToken))
                {
                    lock (events)
                    {
                        events.Add(item);
                    }
                }

                return;
            }
            catch (OmnideskStoreUnavailableException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
