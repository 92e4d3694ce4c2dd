using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;

namespace Omnidesk.Chat.Client.Redis.Tests.Store;

/// <summary>One redis-server for the fixture; every test gets its own key prefix through <see cref="RedisStores"/>.</summary>
public abstract class StoreTestBase
{
    internal RedisServer Server { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartRedis() => Server = await RedisServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopRedis()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    internal static ConversationRecord Record(string sessionId, ConversationStatus status = ConversationStatus.Open) => new()
    {
        SessionId = sessionId,
        Status = status,
        CreatedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(3)),
        LastActivityAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(3)),
        CustomerName = "Zoe",
    };

    internal static ConversationEntry Message(string text) => new()
    {
        Timestamp = new DateTimeOffset(2026, 12, 1, 10, 5, 0, TimeSpan.Zero),
        Kind = ConversationEntryKind.AgentMessage,
        Text = text,
        AgentName = "Anna",
    };
}
