using Microsoft.Extensions.Configuration;
using Omnidesk.Chat.Client;
using Omnidesk.Chat.Client.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Omnidesk clients (<c>IOmnideskChatApi</c>, <c>IOmnideskChatsApi</c>) with a service collection.</summary>
public static class OmnideskChatServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Omnidesk clients, with options bound from the application's configuration section
    /// <c>Omnidesk</c> and validated at start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder of the clients' <see cref="HttpClient"/>, to chain handlers or settings onto.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IHttpClientBuilder AddOmnideskChat(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OmnideskChatOptions>().BindConfiguration(OmnideskChatOptions.SectionName);
        return OmnideskChatRegistration.Register(services, OmnideskChatOptions.SectionName);
    }

    /// <summary>Registers the Omnidesk clients with options set by a delegate and validated at start.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the clients' <see cref="HttpClient"/>, to chain handlers or settings onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IHttpClientBuilder AddOmnideskChat(this IServiceCollection services, Action<OmnideskChatOptions> configure)
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
    /// <returns>The builder of the clients' <see cref="HttpClient"/>, to chain handlers or settings onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IHttpClientBuilder AddOmnideskChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OmnideskChatOptions>().Bind(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : OmnideskChatOptions.SectionName;
        return OmnideskChatRegistration.Register(services, path);
    }
}
