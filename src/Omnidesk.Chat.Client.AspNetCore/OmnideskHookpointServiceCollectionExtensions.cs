using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.AspNetCore;
using Omnidesk.Chat.Client.AspNetCore.Internal;
using Omnidesk.Chat.Client.Hookpoints;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Omnidesk hookpoint receiver: your handler and its options.</summary>
public static class OmnideskHookpointServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped: one per request) as the receiver of the agent's events,
    /// with options bound from the <c>Omnidesk:Hookpoints</c> configuration section and validated at start.
    /// Then call <c>app.MapOmnideskHookpoints()</c>.
    /// </summary>
    /// <typeparam name="THandler">Your handler, derived from <see cref="OmnideskHookpointHandler"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddOmnideskHookpoints<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where THandler : OmnideskHookpointHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore<THandler>(services).BindConfiguration(OmnideskHookpointOptions.DefaultSectionName);
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped: one per request) as the receiver of the agent's events,
    /// with options set in code and validated at start. Then call <c>app.MapOmnideskHookpoints()</c>.
    /// </summary>
    /// <typeparam name="THandler">Your handler, derived from <see cref="OmnideskHookpointHandler"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="OmnideskHookpointOptions.Token"/>).</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddOmnideskHookpoints<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services, Action<OmnideskHookpointOptions> configure)
        where THandler : OmnideskHookpointHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore<THandler>(services).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped: one per request) as the receiver of the agent's events,
    /// with options bound from <paramref name="configuration"/> and validated at start.
    /// Then call <c>app.MapOmnideskHookpoints()</c>.
    /// </summary>
    /// <typeparam name="THandler">Your handler, derived from <see cref="OmnideskHookpointHandler"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options, for example <c>configuration.GetSection("Omnidesk:Hookpoints")</c>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddOmnideskHookpoints<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services, IConfiguration configuration)
        where THandler : OmnideskHookpointHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore<THandler>(services).Bind(configuration);
        return services;
    }

    private static OptionsBuilder<OmnideskHookpointOptions> AddCore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(IServiceCollection services)
        where THandler : OmnideskHookpointHandler
    {
        services.TryAddScoped<THandler>();
        services.Replace(ServiceDescriptor.Scoped<OmnideskHookpointHandler>(provider => provider.GetRequiredService<THandler>()));
        services.TryAddSingleton<HookpointRequestProcessor>();
        HookpointTokenRedaction.Add(services);
        return services.AddOptionsWithValidateOnStart<OmnideskHookpointOptions, OmnideskHookpointOptionsValidator>();
    }
}
