using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Redis.Internal;
using Omnidesk.Chat.Client.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Tests.DependencyInjection;

/// <summary>AddRedisStore: a connection string, a configuration key, the app's own multiplexer, or the options section.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AddRedisStoreTests
{
    private RedisServer _server = null!;

    [OneTimeSetUp]
    public async Task StartRedis() => _server = await RedisServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopRedis()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Test]
    public async Task ConfigurationKey_ReadsTheConnectionStringFromThatKey()
    {
        await using var services = Build(new() { ["ConnectionStrings:redis"] = _server.ConnectionString }, c => c.AddRedisStore(o => o.ConfigurationKey = "ConnectionStrings:redis"));

        var store = services.GetRequiredService<IOmnideskConversationStore>();

        Assert.That(store, Is.InstanceOf<RedisConversationStore>());
        Assert.That(await store.IncrementAsync("s-1", "n", CancellationToken.None), Is.EqualTo(1));
    }

    [Test]
    public async Task OptionsSection_BindsConnectionStringAndKeyPrefix()
    {
        var prefix = "bound-" + Guid.NewGuid().ToString("N")[..6] + ":";
        await using var services = Build(new()
        {
            ["Omnidesk:Conversations:Redis:ConnectionString"] = _server.ConnectionString,
            ["Omnidesk:Conversations:Redis:KeyPrefix"] = prefix,
            ["Omnidesk:Conversations:Redis:OperationTimeout"] = "00:00:03",
        }, c => c.AddRedisStore());
        await using var inspect = await ConnectionMultiplexer.ConnectAsync(_server.ConnectionString);

        await services.GetRequiredService<IOmnideskConversationStore>().IncrementAsync("s-2", "n", CancellationToken.None);

        Assert.That(services.GetRequiredService<IOptions<OmnideskRedisStoreOptions>>().Value.OperationTimeout, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(await inspect.GetDatabase().KeyExistsAsync(prefix + "conv:{s-2}:counters"), Is.True);
    }

    [Test]
    public async Task Multiplexer_TheStoreUsesItAndNeverDisposesIt()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(_server.ConnectionString);
        var services = Build([], c => c.AddRedisStore(connection));

        Assert.That(await services.GetRequiredService<IOmnideskConversationStore>().IncrementAsync("s-3", "n", CancellationToken.None), Is.EqualTo(1));
        await services.DisposeAsync();

        Assert.That(connection.IsConnected, Is.True);
        Assert.That(await connection.GetDatabase().PingAsync(), Is.GreaterThanOrEqualTo(TimeSpan.Zero), "still usable");
    }

    [Test]
    public void NoWayToReachRedis_FailsAtStartSayingWhatToSet()
    {
        using var services = Build([], c => c.AddRedisStore());

        var failure = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<OmnideskRedisStoreOptions>>().Value);

        Assert.That(failure!.Message, Does.Contain("set Omnidesk:Conversations:Redis:ConnectionString, or Omnidesk:Conversations:Redis:ConfigurationKey"));
    }

    [Test]
    public void TwoWays_AndBadValues_FailAtStartWithoutEchoingTheConnectionString()
    {
        using var services = Build([], c => c.AddRedisStore("redis.internal:6379,password=Sup3rSecret", o =>
        {
            o.ConfigurationKey = "ConnectionStrings:redis";
            o.KeyPrefix = "has space";
            o.OperationTimeout = TimeSpan.Zero;
            o.MaxEventsPerConversation = 0;
        }));

        var failure = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<OmnideskRedisStoreOptions>>().Value);

        Assert.That(failure!.Failures, Has.Some.Contains("in one way only"));
        Assert.That(failure.Failures, Has.Some.Contains("KeyPrefix must be non-empty and have no white space"));
        Assert.That(failure.Failures, Has.Some.Contains("OperationTimeout must be positive"));
        Assert.That(failure.Failures, Has.Some.Contains("MaxEventsPerConversation must be 1 or more"));
        Assert.That(failure.Message, Does.Not.Contain("Sup3rSecret"));
    }

    [Test]
    public async Task TwoAccounts_OneRedis_EachStoreKeepsToItsOwnPrefixAndSection()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Omnidesk:Conversations:Redis:ConnectionString"] = _server.ConnectionString,
            ["Omnidesk:Conversations:Redis:KeyPrefix"] = "two-accounts-a:",
            ["Omnidesk:Accounts:brand-b:Conversations:Redis:ConnectionString"] = _server.ConnectionString,
            ["Omnidesk:Accounts:brand-b:Conversations:Redis:OperationTimeout"] = "00:00:04",
        }).Build());
        services.AddLogging();
        services.AddOmnideskChat(Chat).AddOmnideskConversations().AddRedisStore();
        services.AddOmnideskChat("brand-b", Chat).AddOmnideskConversations().AddRedisStore();
        await using var provider = services.BuildServiceProvider();
        await using var inspect = await ConnectionMultiplexer.ConnectAsync(_server.ConnectionString);
        var sessionId = "shared-" + Guid.NewGuid().ToString("N")[..6];

        var storeA = provider.GetRequiredService<IOmnideskConversationStore>();
        var storeB = provider.GetRequiredKeyedService<IOmnideskConversationStore>("brand-b");
        await storeA.IncrementAsync(sessionId, "n", CancellationToken.None);
        var secondInB = await storeB.IncrementAsync(sessionId, "n", CancellationToken.None);

        Assert.That(secondInB, Is.EqualTo(1), "the same session id counts from 1 in each account");
        Assert.That(await inspect.GetDatabase().KeyExistsAsync($"two-accounts-a:conv:{{{sessionId}}}:counters"), Is.True);
        Assert.That(await inspect.GetDatabase().KeyExistsAsync($"omnidesk:brand-b:conv:{{{sessionId}}}:counters"), Is.True, "an account's default prefix names it");
        var options = provider.GetRequiredService<IOptionsMonitor<OmnideskRedisStoreOptions>>();
        Assert.That((options.Get("brand-b").OperationTimeout, options.CurrentValue.OperationTimeout), Is.EqualTo((TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5))));
        Assert.That(provider.GetRequiredKeyedService<OmnideskRedisStoreHealthCheck>("brand-b"), Is.Not.SameAs(provider.GetRequiredService<OmnideskRedisStoreHealthCheck>()));
    }

    [Test]
    public void AccountKeyPrefix_SetByTheAppOrAnEarlierCall_IsNeverReplacedByTheDefault()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.Configure<OmnideskRedisStoreOptions>("brand-c", o => o.KeyPrefix = "app-c:");
        var brandB = services.AddOmnideskChat("brand-b", Chat).AddOmnideskConversations();
        brandB.AddRedisStore(_server.ConnectionString, o => o.KeyPrefix = "mine-b:");
        brandB.AddRedisStore(_server.ConnectionString);
        services.AddOmnideskChat("brand-c", Chat).AddOmnideskConversations().AddRedisStore(_server.ConnectionString);
        services.AddOmnideskChat("brand-d", Chat).AddOmnideskConversations().AddRedisStore(_server.ConnectionString);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<OmnideskRedisStoreOptions>>();

        Assert.That(
            new[] { options.Get("brand-b").KeyPrefix, options.Get("brand-c").KeyPrefix, options.Get("brand-d").KeyPrefix },
            Is.EqualTo(new[] { "mine-b:", "app-c:", "omnidesk:brand-d:" }));
    }

    [Test]
    public void KeyPrefixWithBraces_AnAccountsDefaultOrOneSet_FailsAtStartSayingWhy()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddOmnideskChat("shop{eu}", Chat).AddOmnideskConversations().AddRedisStore(_server.ConnectionString);
        services.AddOmnideskChat(Chat).AddOmnideskConversations().AddRedisStore(_server.ConnectionString, o => o.KeyPrefix = "app:{x}:");
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<OmnideskRedisStoreOptions>>();

        var account = Assert.Throws<OptionsValidationException>(() => _ = options.Get("shop{eu}"));
        var unnamed = Assert.Throws<OptionsValidationException>(() => _ = options.CurrentValue);

        Assert.That(account!.Failures.Single(), Does.StartWith("Omnidesk:Accounts:shop{eu}:Conversations:Redis:KeyPrefix must have no '{' or '}' ('omnidesk:shop{eu}:')"));
        Assert.That(unnamed!.Failures.Single(), Does.StartWith("Omnidesk:Conversations:Redis:KeyPrefix must have no '{' or '}' ('app:{x}:'): Redis Cluster"));
    }

    [Test]
    public void AccountConfigurationKey_WithNoValue_SaysWhichKeyOfWhichSection()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddOmnideskChat("brand-b", Chat).AddOmnideskConversations().AddRedisStore(o => o.ConfigurationKey = "ConnectionStrings:redis-b");
        using var provider = services.BuildServiceProvider();

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetRequiredKeyedService<IOmnideskConversationStore>("brand-b").IncrementAsync("s-1", "n", CancellationToken.None).AsTask());

        Assert.That(failure!.Message, Is.EqualTo(
            "The configuration key 'ConnectionStrings:redis-b' (Omnidesk:Accounts:brand-b:Conversations:Redis:ConfigurationKey) has no Redis connection string."));
    }

    [Test]
    public void AccountWithoutRedis_FailsAtStartNamingItsSection()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddOmnideskChat("brand-b", Chat).AddOmnideskConversations().AddRedisStore();
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptionsMonitor<OmnideskRedisStoreOptions>>().Get("brand-b"));

        Assert.That(failure!.Failures.Single(), Does.StartWith("The Redis store needs to know where Redis is: set Omnidesk:Accounts:brand-b:Conversations:Redis:ConnectionString, or Omnidesk:Accounts:brand-b:Conversations:Redis:ConfigurationKey"));
    }

    [Test]
    public void ArgumentsAreCheckedBeforeAnythingIsRegistered()
    {
        var builder = new ServiceCollection().AddOmnideskChat(Chat).AddOmnideskConversations();

        Assert.That(() => builder.AddRedisStore(" "), Throws.ArgumentException.With.Property("ParamName").EqualTo("connectionString"));
        Assert.That(() => builder.AddRedisStore((IConnectionMultiplexer)null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("connection"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<OmnideskConversationsBuilder> store)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        store(services.AddOmnideskChat(Chat).AddOmnideskConversations());
        return services.BuildServiceProvider();
    }

    private static void Chat(OmnideskChatOptions chat) => chat.BaseAddress = new Uri("http://127.0.0.1:9/");
}
