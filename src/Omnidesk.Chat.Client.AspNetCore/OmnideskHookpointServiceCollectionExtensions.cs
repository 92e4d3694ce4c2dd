using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.AspNetCore;
using Omnidesk.Chat.Client.AspNetCore.Internal;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Shared;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the Omnidesk hookpoint receiver: its options and your handler, for the unnamed routes and for each
/// further account (one route set per account, each with its own token, intake steps and handler).
/// </summary>
/// <remarks>
/// Each event goes first through the intake steps registered for its account
/// (<see cref="IOmnideskHookpointIntake"/>, such as the conversations'), in registration order, then to your handler.
/// The calls may come in any order: <c>AddOmnideskConversations()</c> before or after <c>AddOmnideskHookpoints</c>.
/// </remarks>
public static partial class OmnideskHookpointServiceCollectionExtensions
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
        AddHandler<THandler>(services, null).BindConfiguration(OmnideskHookpointOptions.DefaultSectionName);
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
        AddHandler<THandler>(services, null).Configure(configure);
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
        AddHandler<THandler>(services, null).Bind(configuration);
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped: one per request) as the receiver of one more account's
    /// events, with options bound from the section <c>Omnidesk:Accounts:{account}:Hookpoints</c> of the
    /// application's configuration and validated at start. Then call
    /// <c>app.MapOmnideskAccountHookpoints(account)</c>.
    /// </summary>
    /// <typeparam name="THandler">Your handler, derived from <see cref="OmnideskHookpointHandler"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="account">The account's name, as given to <c>AddOmnideskChat(account)</c>; every event's <see cref="OmnideskHookpointEvent.Account"/>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static IServiceCollection AddOmnideskHookpoints<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services, string account)
        where THandler : OmnideskHookpointHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        AccountNames.Check(account);
        var path = HookpointAccount.DefaultSectionPath(account);
        AddHandler<THandler>(services, account, path).BindConfiguration(path);
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped: one per request) as the receiver of one more account's
    /// events, with options bound from <paramref name="configuration"/> and validated at start (the messages name
    /// that section's keys). Then call <c>app.MapOmnideskAccountHookpoints(account)</c>.
    /// </summary>
    /// <typeparam name="THandler">Your handler, derived from <see cref="OmnideskHookpointHandler"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="account">The account's name; every event's <see cref="OmnideskHookpointEvent.Account"/>.</param>
    /// <param name="configuration">The section holding the account's hookpoint options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static IServiceCollection AddOmnideskHookpoints<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services, string account, IConfiguration configuration)
        where THandler : OmnideskHookpointHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        AccountNames.Check(account);
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : HookpointAccount.DefaultSectionPath(account);
        AddHandler<THandler>(services, account, path).Bind(configuration);
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped: one per request) as the receiver of one more account's
    /// events, with options set in code and validated at start (the messages name the keys as
    /// <c>Omnidesk:Accounts:{account}:Hookpoints:…</c>). Then call <c>app.MapOmnideskAccountHookpoints(account)</c>.
    /// </summary>
    /// <typeparam name="THandler">Your handler, derived from <see cref="OmnideskHookpointHandler"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="account">The account's name; every event's <see cref="OmnideskHookpointEvent.Account"/>.</param>
    /// <param name="configure">Sets the account's options (at least <see cref="OmnideskHookpointOptions.Token"/>).</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static IServiceCollection AddOmnideskHookpoints<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IServiceCollection services, string account, Action<OmnideskHookpointOptions> configure)
        where THandler : OmnideskHookpointHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        AccountNames.Check(account);
        ArgumentNullException.ThrowIfNull(configure);
        AddHandler<THandler>(services, account, HookpointAccount.DefaultSectionPath(account)).Configure(configure);
        return services;
    }

    /// <summary>The user's handler for the unnamed route set, or for <paramref name="account"/>'s, and that set's receiver.</summary>
    private static OptionsBuilder<OmnideskHookpointOptions> AddHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        IServiceCollection services, string? account, string? sectionPath = null)
        where THandler : OmnideskHookpointHandler
    {
        HookpointRegistration.UseHandler<THandler>(services, account);
        return account is null ? HookpointRegistration.AddReceiver(services) : HookpointRegistration.AddReceiver(services, account, sectionPath!);
    }
}
