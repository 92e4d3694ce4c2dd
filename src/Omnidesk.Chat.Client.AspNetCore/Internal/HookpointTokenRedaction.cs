using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// Wraps the app's <see cref="ILoggerFactory"/> so that the configured hookpoint tokens are masked in every log
/// entry, its state and its scopes: ASP.NET Core's request lines and <c>RequestPath</c> scope show the path, and
/// the path holds the token.
/// </summary>
internal static class HookpointTokenRedaction
{
    public static void Add(IServiceCollection services)
    {
        var existing = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(ILoggerFactory) && !descriptor.IsKeyedService);
        if (existing is null || existing.ImplementationFactory?.Target is Marker)
        {
            return;
        }

        var marker = new Marker(existing);
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(marker.Create));
    }

    /// <summary>
    /// The tokens of every route set (the unnamed one and each account's) as configured, without running their
    /// validation (a bad token fails the start, not logging).
    /// </summary>
    private static IEnumerable<string?> ConfiguredTokens(IServiceProvider services)
    {
        var factory = new OptionsFactory<OmnideskHookpointOptions>(
            services.GetServices<IConfigureOptions<OmnideskHookpointOptions>>(),
            services.GetServices<IPostConfigureOptions<OmnideskHookpointOptions>>());
        var names = services.GetServices<HookpointAccount>().Select(account => account.Name).Prepend(Options.DefaultName);
        foreach (var options in names.Select(factory.Create))
        {
            if (options.RequireSecretToken)
            {
                yield return options.Token;
                yield return options.PreviousToken;
            }
        }
    }

    /// <summary>Creates the wrapper over the factory registered before, and marks it so it is added once.</summary>
    private sealed class Marker(ServiceDescriptor inner)
    {
        public ILoggerFactory Create(IServiceProvider services)
        {
            var factory = inner.ImplementationInstance as ILoggerFactory
                ?? inner.ImplementationFactory?.Invoke(services) as ILoggerFactory
                ?? (ILoggerFactory)ActivatorUtilities.CreateInstance(services, inner.ImplementationType!);
            return OmnideskSecretRedaction.Wrap(factory, () => ConfiguredTokens(services));
        }
    }
}
