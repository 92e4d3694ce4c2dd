using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;
using Omnidesk.Chat.Client.Redis.Tests.Store;
using Omnidesk.Chat.Client.Testing.Conformance;

namespace Omnidesk.Chat.Client.Redis.Tests.Conformance;

/// <summary>
/// The store conformance suite the Testing package ships, run against both stores of this repository: the in-memory
/// store (as <c>AddOmnideskConversations()</c> registers it) and the Redis store (two instances over one Redis, used in
/// turn, as two app instances would).
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class StoreConformanceTests : StoreTestBase
{
    public static IEnumerable<ConversationStoreCheck> Checks => ConversationStoreConformance.Checks;

    [TestCaseSource(nameof(Checks))]
    [CancelAfter(30_000)]
    public async Task MemoryStore_Conforms(ConversationStoreCheck check)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        await using var services = new ServiceCollection()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration)
            .AddOmnideskChat(chat => chat.BaseAddress = new Uri("https://account.example.com/"))
            .AddOmnideskConversations()
            .Services.BuildServiceProvider();
        var store = services.GetRequiredService<IOmnideskConversationStore>();

        await check.RunAsync(() => store, TestContext.CurrentContext.CancellationToken);
    }

    [TestCaseSource(nameof(Checks))]
    [CancelAfter(30_000)]
    public async Task RedisStore_Conforms(ConversationStoreCheck check)
    {
        await using var stores = new RedisStores(Server);
        IOmnideskConversationStore[] instances = [stores.NewStore(), stores.NewStore()];
        var turn = 0;

        await check.RunAsync(() => instances[Interlocked.Increment(ref turn) % 2], TestContext.CurrentContext.CancellationToken);
    }
}
