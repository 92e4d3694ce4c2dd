using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Diagnostics.Internal;
using Omnidesk.Chat.Client.Pipeline;
using Omnidesk.Chat.Client.Shared;

namespace Omnidesk.Chat.Client.DependencyInjection;

/// <summary>
/// What every <c>AddOmnideskChat</c> overload does once the options are bound. Everything a client needs is
/// resolved by its name: its options (named options), its <see cref="HttpClient"/> and so its resilience
/// pipeline and circuit breaker, which the library keeps per client name. The unnamed clients use the default
/// options name and <see cref="HttpClientName"/>; an account's clients use the account as options name, the
/// account's client name, and are keyed services under the account.
/// </summary>
internal static class OmnideskChatRegistration
{
    /// <summary>The name of the <see cref="HttpClient"/> the unnamed Omnidesk clients share.</summary>
    public const string HttpClientName = "Omnidesk.Chat.Client";

    /// <summary>Registers the unnamed clients (<see cref="IOmnideskChatApi"/>, <see cref="IOmnideskChatsApi"/>).</summary>
    public static OmnideskChatBuilder Register(IServiceCollection services, string sectionPath)
    {
        var builder = RegisterHttpClient(services, Options.DefaultName, HttpClientName, sectionPath);
        services.AddTransient(sp => OmnideskClients.ChatApi(sp, Options.DefaultName, HttpClientName));
        services.AddTransient(sp => OmnideskClients.ChatsApi(sp, Options.DefaultName, HttpClientName));
        return new OmnideskChatBuilder(builder, account: null);
    }

    /// <summary>
    /// Registers one account's clients as keyed services under <paramref name="account"/>, next to (never instead
    /// of) the unnamed ones: its own options, validator, <see cref="HttpClient"/>, pipeline and circuit breaker.
    /// </summary>
    public static OmnideskChatBuilder RegisterAccount(IServiceCollection services, string account, string sectionPath)
    {
        var clientName = AccountHttpClientName(account);
        var builder = RegisterHttpClient(services, account, clientName, sectionPath);
        services.RemoveAllKeyed<IOmnideskChatApi>(account);
        services.RemoveAllKeyed<IOmnideskChatsApi>(account);
        services.AddKeyedTransient(account, (sp, _) => OmnideskClients.ChatApi(sp, account, clientName));
        services.AddKeyedTransient(account, (sp, _) => OmnideskClients.ChatsApi(sp, account, clientName));
        return new OmnideskChatBuilder(builder, account);
    }

    /// <summary>The name of an account's <see cref="HttpClient"/>: <c>Omnidesk.Chat.Client:brand-b</c>.</summary>
    public static string AccountHttpClientName(string account) => HttpClientName + ":" + account;

    /// <param name="services">The service collection.</param>
    /// <param name="optionsName">The name of the client's <see cref="OmnideskChatOptions"/>.</param>
    /// <param name="clientName">The name of the client's <see cref="HttpClient"/> (and so of its pipeline).</param>
    /// <param name="sectionPath">The configuration path the validation messages name.</param>
    private static IHttpClientBuilder RegisterHttpClient(IServiceCollection services, string optionsName, string clientName, string sectionPath)
    {
        services.AddOptions<OmnideskChatOptions>(optionsName).ValidateOnStart();
        // One validator per options name: the first registration's section is the one its messages name.
        if (!services.Any(d => d.ImplementationInstance is OmnideskChatOptionsValidator validator && validator.OptionsName == optionsName))
        {
            services.AddSingleton<IValidateOptions<OmnideskChatOptions>>(new OmnideskChatOptionsValidator(optionsName, sectionPath));
            services.PostConfigure<OmnideskChatOptions>(optionsName, options => options.SectionPath = sectionPath);
        }

        services.AddMetrics();
        services.TryAddSingleton<OmnideskTelemetry>();

        // The pipeline's total timeout bounds every call; the HttpClient's own timeout must never cut it short.
        // Each call is logged once by the SDK's own telemetry (operation, status, attempts, duration, no secrets),
        // so the factory's two default request loggers, which cost ~6% of an in-memory call, are removed; a user
        // who wants them back calls AddDefaultLogger() on the returned builder, and the headers stay redacted.
        var builder = services.AddHttpClient(clientName, (sp, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                OmnideskUserAgent.Apply(client.DefaultRequestHeaders, OptionsOf(sp, optionsName).UserAgentSuffix);
            })
            .RemoveAllLoggers()
            .RedactLoggedHeaders(["apiKey", "authorization"]);
        if (!services.Any(d => d.ServiceType == typeof(ResilienceChainCheck) && Equals(d.ImplementationInstance, new ResilienceChainCheck(clientName))))
        {
            AddResilience(builder, services, optionsName, clientName);
        }

        return builder;
    }

    /// <summary>
    /// The handlers, once per client name (a second <c>AddOmnideskChat</c> must not retry the retries): the call
    /// handler, the library's resilience handler with the SDK's pipeline, and the attempt handler.
    /// </summary>
    private static void AddResilience(IHttpClientBuilder builder, IServiceCollection services, string optionsName, string clientName)
    {
        var check = new ResilienceChainCheck(clientName);
        services.AddSingleton(check);
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(check);

        // A resilience handler every client gets (ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()))
        // would resend chat messages after a 500 or a timeout; these clients have their own pipeline instead.
        builder.ConfigureAdditionalHttpMessageHandlers(static (handlers, _) =>
        {
            for (var i = handlers.Count - 1; i >= 0; i--)
            {
                if (handlers[i] is ResilienceHandler)
                {
                    handlers.RemoveAt(i);
                }
            }
        });

        builder.AddHttpMessageHandler(sp => new OmnideskCallHandler(
            OptionsOf(sp, optionsName),
            sp.GetRequiredService<OmnideskTelemetry>().ForAccount(optionsName),
            Time(sp)));
        builder.AddResilienceHandler(OmnideskPipeline.Name, (pipeline, context) => OmnideskPipeline.Configure(
            pipeline,
            context.GetOptions<OmnideskChatOptions>(optionsName).Resilience,
            context.ServiceProvider.GetRequiredService<OmnideskTelemetry>().ForAccount(optionsName),
            Time(context.ServiceProvider)));
        builder.AddHttpMessageHandler(static () => new OmnideskAttemptHandler());
    }

    /// <summary>The client's options (see <see cref="AccountServices.OptionsOf{TOptions}"/>).</summary>
    public static OmnideskChatOptions OptionsOf(IServiceProvider services, string optionsName) =>
        AccountServices.OptionsOf<OmnideskChatOptions>(services, optionsName);

    /// <summary>The clock of the timeouts and waits: the application's <see cref="TimeProvider"/> when it registers one (tests do).</summary>
    private static TimeProvider Time(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;
}
