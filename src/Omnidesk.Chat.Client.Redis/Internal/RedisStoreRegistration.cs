using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Shared;
using StackExchange.Redis;

namespace Omnidesk.Chat.Client.Redis.Internal;

/// <summary>
/// What every <c>AddRedisStore</c> overload does. The unnamed conversations' store uses the unnamed options and plain
/// services; an account's (<see cref="OmnideskConversationsBuilder.Account"/>) uses options named after the account,
/// bound from <c>Omnidesk:Accounts:{account}:Conversations:Redis</c>, with the key prefix <c>omnidesk:{account}:</c>
/// unless set, and keyed services under the account (a <see langword="null"/> key is the unnamed registration).
/// </summary>
internal static class RedisStoreRegistration
{
    public static OmnideskConversationsBuilder Register(OmnideskConversationsBuilder builder, IConnectionMultiplexer? multiplexer, Action<OmnideskRedisStoreOptions> configure)
    {
        var services = builder.Services;
        var account = builder.Account;
        var optionsName = account ?? Options.DefaultName;
        var section = SectionOf(account);
        if (!services.Any(d => d.ImplementationInstance is OmnideskRedisStoreOptionsValidator validator && validator.OptionsName == optionsName))
        {
            services.AddSingleton<IValidateOptions<OmnideskRedisStoreOptions>>(new OmnideskRedisStoreOptionsValidator(optionsName, section, multiplexer is not null));
            if (account is not null)
            {
                // First of all the account's configure steps (once, however often AddRedisStore is called), so that a
                // KeyPrefix from the configuration, a delegate or the app's own Configure<>() always wins.
                services.Insert(0, ServiceDescriptor.Singleton<IConfigureOptions<OmnideskRedisStoreOptions>>(
                    new ConfigureNamedOptions<OmnideskRedisStoreOptions>(account, o => o.KeyPrefix = $"omnidesk:{account}:")));
            }
        }

        services.AddOptions<OmnideskRedisStoreOptions>(optionsName).BindConfiguration(section).Configure(configure).ValidateOnStart();

        services.TryAddKeyedSingleton(account, (provider, _) => new RedisConnection(
            OptionsOf(provider, optionsName), section, provider.GetService<IConfiguration>(), multiplexer));
        services.TryAddKeyedSingleton(account, (provider, _) => new RedisConversationStore(
            AccountServices.GetRequired<RedisConnection>(provider, account), OptionsOf(provider, optionsName)));
        services.TryAddKeyedSingleton(account, (provider, _) => new OmnideskRedisStoreHealthCheck(
            AccountServices.GetRequired<RedisConnection>(provider, account), OptionsOf(provider, optionsName)));
        return builder.UseStore(provider => AccountServices.GetRequired<RedisConversationStore>(provider, account));
    }

    /// <summary>The section a store's options are bound from.</summary>
    public static string SectionOf(string? account) =>
        account is null ? OmnideskRedisStoreOptions.SectionName : AccountNames.SectionPath(account) + ":Conversations:Redis";

    private static IOptions<OmnideskRedisStoreOptions> OptionsOf(IServiceProvider provider, string optionsName) =>
        Options.Create(AccountServices.OptionsOf<OmnideskRedisStoreOptions>(provider, optionsName));
}
