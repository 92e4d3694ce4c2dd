using Microsoft.Extensions.Configuration;
using Omnidesk.Chat.Client.AspNetCore;
using Omnidesk.Chat.Client.AspNetCore.Internal;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Shared;

namespace Microsoft.Extensions.DependencyInjection;

// The receiver without a handler of the user's: for apps where the intake steps (the conversations) are all that
// reads the agent's side. A handler registered with the generic overloads, before or after, still runs.
public static partial class OmnideskHookpointServiceCollectionExtensions
{
    /// <summary>
    /// Registers the hookpoint receiver without a handler of yours, for when intake steps such as the conversations
    /// (<c>AddOmnideskChat().AddOmnideskConversations()</c>) are all that reads the agent's side, with options bound from
    /// the <c>Omnidesk:Hookpoints</c> configuration section and validated at start. Then call
    /// <c>app.MapOmnideskHookpoints()</c>, which refuses to map routes that nothing reads.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddOmnideskHookpoints(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        HookpointRegistration.AddReceiver(services).BindConfiguration(OmnideskHookpointOptions.DefaultSectionName);
        return services;
    }

    /// <summary>
    /// Registers the hookpoint receiver without a handler of yours (the intake steps, such as the conversations', read
    /// the events), with options set in code and validated at start. Then call <c>app.MapOmnideskHookpoints()</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least <see cref="OmnideskHookpointOptions.Token"/>).</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddOmnideskHookpoints(this IServiceCollection services, Action<OmnideskHookpointOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        HookpointRegistration.AddReceiver(services).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers the hookpoint receiver without a handler of yours (the intake steps, such as the conversations', read
    /// the events), with options bound from <paramref name="configuration"/> and validated at start.
    /// Then call <c>app.MapOmnideskHookpoints()</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options, for example <c>configuration.GetSection("Omnidesk:Hookpoints")</c>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddOmnideskHookpoints(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        HookpointRegistration.AddReceiver(services).Bind(configuration);
        return services;
    }

    /// <summary>
    /// Registers one more account's hookpoint receiver without a handler of yours (the account's intake steps, such as
    /// <c>AddOmnideskChat(account).AddOmnideskConversations()</c>, read the events), with options bound from the section
    /// <c>Omnidesk:Accounts:{account}:Hookpoints</c> of the application's configuration and validated at start. Then
    /// call <c>app.MapOmnideskAccountHookpoints(account)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="account">The account's name, as given to <c>AddOmnideskChat(account)</c>; every event's <see cref="OmnideskHookpointEvent.Account"/>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static IServiceCollection AddOmnideskHookpoints(this IServiceCollection services, string account)
    {
        ArgumentNullException.ThrowIfNull(services);
        AccountNames.Check(account);
        var path = HookpointAccount.DefaultSectionPath(account);
        HookpointRegistration.AddReceiver(services, account, path).BindConfiguration(path);
        return services;
    }

    /// <summary>
    /// Registers one more account's hookpoint receiver without a handler of yours, with options bound from
    /// <paramref name="configuration"/> and validated at start (the messages name that section's keys). Then call
    /// <c>app.MapOmnideskAccountHookpoints(account)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="account">The account's name; every event's <see cref="OmnideskHookpointEvent.Account"/>.</param>
    /// <param name="configuration">The section holding the account's hookpoint options.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static IServiceCollection AddOmnideskHookpoints(this IServiceCollection services, string account, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        AccountNames.Check(account);
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : HookpointAccount.DefaultSectionPath(account);
        HookpointRegistration.AddReceiver(services, account, path).Bind(configuration);
        return services;
    }

    /// <summary>
    /// Registers one more account's hookpoint receiver without a handler of yours, with options set in code and
    /// validated at start (the messages name the keys as <c>Omnidesk:Accounts:{account}:Hookpoints:…</c>). Then call
    /// <c>app.MapOmnideskAccountHookpoints(account)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="account">The account's name; every event's <see cref="OmnideskHookpointEvent.Account"/>.</param>
    /// <param name="configure">Sets the account's options (at least <see cref="OmnideskHookpointOptions.Token"/>).</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static IServiceCollection AddOmnideskHookpoints(this IServiceCollection services, string account, Action<OmnideskHookpointOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        AccountNames.Check(account);
        ArgumentNullException.ThrowIfNull(configure);
        HookpointRegistration.AddReceiver(services, account, HookpointAccount.DefaultSectionPath(account)).Configure(configure);
        return services;
    }
}
