using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Conversations;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>What every <c>AddRedisStore</c> overload does.</summary>
internal static class RedisStoreRegistration
{
    public static OmnideskConversationsBuilder Register(OmnideskConversationsBuilder builder, IConnectionMultiplexer? multiplexer, Action<OmnideskRedisStoreOptions> configure)
    {
        var services = builder.Services;
        services.AddOptions<OmnideskRedisStoreOptions>()
            .BindConfiguration(OmnideskRedisStoreOptions.SectionName)
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OmnideskRedisStoreOptions>>(new OmnideskRedisStoreOptionsValidator(multiplexer is not null)));
        services.TryAddSingleton(provider => new RedisConnection(
            provider.GetRequiredService<IOptions<OmnideskRedisStoreOptions>>(), provider.GetService<IConfiguration>(), multiplexer));
        services.TryAddSingleton(provider => new RedisConversationStore(
            provider.GetRequiredService<RedisConnection>(), provider.GetRequiredService<IOptions<OmnideskRedisStoreOptions>>()));
        services.TryAddSingleton(provider => new OmnideskRedisStoreHealthCheck(
            provider.GetRequiredService<RedisConnection>(), provider.GetRequiredService<IOptions<OmnideskRedisStoreOptions>>()));
        return builder.UseStore(provider => provider.GetRequiredService<RedisConversationStore>());
    }
}
