using Microsoft.Extensions.Configuration;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.DependencyInjection;
using Omnidesk.Chat.Client.Shared;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the Omnidesk clients (<c>IOmnideskChatApi</c>, <c>IOmnideskChatsApi</c>) with a service collection:
/// the unnamed clients of one account, and keyed clients for each further account (one per brand or region).
/// </summary>
public static class OmnideskChatServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Omnidesk clients, with options bound from the application's configuration section
    /// <c>Omnidesk</c> and validated at start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder of the clients' <see cref="HttpClient"/>, to chain handlers, settings or <c>AddOmnideskApi</c> onto.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static OmnideskChatBuilder AddOmnideskChat(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OmnideskChatOptions>().BindConfiguration(OmnideskChatOptions.SectionName);
        return OmnideskChatRegistration.Register(services, OmnideskChatOptions.SectionName);
    }

    /// <summary>Registers the Omnidesk clients with options set by a delegate and validated at start.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the clients' <see cref="HttpClient"/>, to chain handlers, settings or <c>AddOmnideskApi</c> onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OmnideskChatBuilder AddOmnideskChat(this IServiceCollection services, Action<OmnideskChatOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<OmnideskChatOptions>().Configure(configure);
        return OmnideskChatRegistration.Register(services, OmnideskChatOptions.SectionName);
    }

    /// <summary>
    /// Registers the Omnidesk clients with options bound from a configuration section (such as
    /// <c>builder.Configuration.GetSection("Omnidesk")</c>) and validated at start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options' keys.</param>
    /// <returns>The builder of the clients' <see cref="HttpClient"/>, to chain handlers, settings or <c>AddOmnideskApi</c> onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OmnideskChatBuilder AddOmnideskChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OmnideskChatOptions>().Bind(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : OmnideskChatOptions.SectionName;
        return OmnideskChatRegistration.Register(services, path);
    }

    /// <summary>
    /// Registers the Omnidesk clients of one more account as keyed services under <paramref name="account"/>
    /// (resolve them with <c>[FromKeyedServices("brand-b")] IOmnideskChatApi</c> or
    /// <c>GetRequiredKeyedService&lt;IOmnideskChatApi&gt;("brand-b")</c>), with options bound from the section
    /// <c>Omnidesk:Accounts:{account}</c> of the application's configuration and validated at start.
    /// </summary>
    /// <remarks>
    /// Each account has its own options, API keys, <see cref="HttpClient"/>, resilience pipeline and circuit
    /// breaker: an outage of one account's Omnidesk opens only its breaker. The unnamed clients registered by
    /// <see cref="AddOmnideskChat(IServiceCollection)"/> are not affected.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="account">The account's name: the service key, and the section under <c>Omnidesk:Accounts</c>.</param>
    /// <returns>The builder of the account's <see cref="HttpClient"/>, to chain handlers, settings or <c>AddOmnideskApi</c> onto.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="account"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static OmnideskChatBuilder AddOmnideskChat(this IServiceCollection services, string account)
    {
        ArgumentNullException.ThrowIfNull(services);
        AccountNames.Check(account);
        var path = AccountNames.SectionPath(account);
        services.AddOptions<OmnideskChatOptions>(account).BindConfiguration(path);
        return OmnideskChatRegistration.RegisterAccount(services, account, path);
    }

    /// <summary>
    /// Registers the Omnidesk clients of one more account as keyed services under <paramref name="account"/>,
    /// with options bound from a configuration section (such as
    /// <c>builder.Configuration.GetSection("Omnidesk:Accounts:brand-b")</c>) and validated at start; the messages
    /// name that section's keys.
    /// </summary>
    /// <remarks>
    /// Each account has its own options, API keys, <see cref="HttpClient"/>, resilience pipeline and circuit
    /// breaker. The unnamed clients are not affected.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="account">The account's name: the key its clients are resolved with.</param>
    /// <param name="configuration">The section holding the account's options.</param>
    /// <returns>The builder of the account's <see cref="HttpClient"/>, to chain handlers, settings or <c>AddOmnideskApi</c> onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static OmnideskChatBuilder AddOmnideskChat(this IServiceCollection services, string account, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        AccountNames.Check(account);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OmnideskChatOptions>(account).Bind(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : AccountNames.SectionPath(account);
        return OmnideskChatRegistration.RegisterAccount(services, account, path);
    }

    /// <summary>
    /// Registers the Omnidesk clients of one more account as keyed services under <paramref name="account"/>,
    /// with options set by a delegate and validated at start; the messages name the keys as
    /// <c>Omnidesk:Accounts:{account}:…</c>.
    /// </summary>
    /// <remarks>
    /// Each account has its own options, API keys, <see cref="HttpClient"/>, resilience pipeline and circuit
    /// breaker. The unnamed clients are not affected.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="account">The account's name: the key its clients are resolved with.</param>
    /// <param name="configure">Sets the account's options.</param>
    /// <returns>The builder of the account's <see cref="HttpClient"/>, to chain handlers, settings or <c>AddOmnideskApi</c> onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty, or contains <c>:</c>, white space or control characters.</exception>
    public static OmnideskChatBuilder AddOmnideskChat(this IServiceCollection services, string account, Action<OmnideskChatOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        AccountNames.Check(account);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<OmnideskChatOptions>(account).Configure(configure);
        return OmnideskChatRegistration.RegisterAccount(services, account, AccountNames.SectionPath(account));
    }
}
