using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// What every <c>AddOmnideskHookpoints</c> overload does: one route set's receiver (its processor and options), and,
/// for the generic overloads, the user's handler. The intake steps are registered by whoever brings them (the
/// conversations), under the same key, and are never touched here.
/// </summary>
internal static class HookpointRegistration
{
    /// <summary>The unnamed route set's processor and options.</summary>
    public static OptionsBuilder<OmnideskHookpointOptions> AddReceiver(IServiceCollection services)
    {
        services.TryAddSingleton(provider => new HookpointRequestProcessor(
            provider.GetRequiredService<IOptions<OmnideskHookpointOptions>>().Value,
            provider.GetRequiredService<ILogger<HookpointRequestProcessor>>(),
            account: null,
            new HookpointReaders(provider, account: null)));
        return AddShared(services, Options.DefaultName);
    }

    /// <summary>One account's route set: its processor keyed by the account, its options by name.</summary>
    public static OptionsBuilder<OmnideskHookpointOptions> AddReceiver(IServiceCollection services, string account, string sectionPath)
    {
        services.TryAddKeyedSingleton(account, static (provider, key) =>
        {
            var name = (string)key!;
            return new HookpointRequestProcessor(
                provider.GetRequiredService<IOptionsMonitor<OmnideskHookpointOptions>>().Get(name),
                provider.GetRequiredService<ILogger<HookpointRequestProcessor>>(),
                name,
                new HookpointReaders(provider, name));
        });
        if (!services.Any(descriptor => !descriptor.IsKeyedService && descriptor.ImplementationInstance is HookpointAccount known && known.Name == account))
        {
            services.AddSingleton(new HookpointAccount(account, sectionPath));
        }

        return AddShared(services, account);
    }

    /// <summary>
    /// Makes <typeparamref name="THandler"/> (scoped) the route set's handler, replacing one registered before: a
    /// plain service for the unnamed set, keyed under <paramref name="account"/> for an account's.
    /// </summary>
    public static void UseHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(IServiceCollection services, string? account)
        where THandler : OmnideskHookpointHandler
    {
        services.TryAddScoped<THandler>();
        if (account is null)
        {
            services.Replace(ServiceDescriptor.Scoped<OmnideskHookpointHandler>(provider => provider.GetRequiredService<THandler>()));
            return;
        }

        services.RemoveAllKeyed<OmnideskHookpointHandler>(account);
        services.AddKeyedScoped<OmnideskHookpointHandler>(account, static (provider, _) => provider.GetRequiredService<THandler>());
    }

    private static OptionsBuilder<OmnideskHookpointOptions> AddShared(IServiceCollection services, string optionsName)
    {
        services.TryAddSingleton<HookpointRouteTable>();
        HookpointTokenRedaction.Add(services);
        return services.AddOptionsWithValidateOnStart<OmnideskHookpointOptions, OmnideskHookpointOptionsValidator>(optionsName);
    }
}
