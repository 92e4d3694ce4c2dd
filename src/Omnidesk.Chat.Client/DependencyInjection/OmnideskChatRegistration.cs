using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.ChatApi.Internal;
using Omnidesk.Chat.Client.Chats.Internal;
using Omnidesk.Chat.Client.Diagnostics.Internal;
using Omnidesk.Chat.Client.Http.Internal;
using Omnidesk.Chat.Client.Resilience.Internal;

namespace Omnidesk.Chat.Client.DependencyInjection;

/// <summary>
/// What every <c>AddOmnideskChat</c> overload does once the options are bound. Everything a client needs is
/// resolved by its name: its options (named options), its <see cref="HttpClient"/> and so its resilience
/// pipeline and circuit breaker, which the library keeps per client name. The default client uses the default
/// options name and <see cref="HttpClientName"/>; another account is another pair of names.
/// </summary>
internal static class OmnideskChatRegistration
{
    /// <summary>The name of the <see cref="HttpClient"/> the default Omnidesk clients share.</summary>
    public const string HttpClientName = "Omnidesk.Chat.Client";

    public static IHttpClientBuilder Register(IServiceCollection services, string sectionPath) =>
        Register(services, Options.DefaultName, HttpClientName, sectionPath);

    /// <param name="services">The service collection.</param>
    /// <param name="optionsName">The name of the client's <see cref="OmnideskChatOptions"/>.</param>
    /// <param name="clientName">The name of the client's <see cref="HttpClient"/> (and so of its pipeline).</param>
    /// <param name="sectionPath">The configuration path the validation messages name.</param>
    public static IHttpClientBuilder Register(IServiceCollection services, string optionsName, string clientName, string sectionPath)
    {
        services.AddOptions<OmnideskChatOptions>(optionsName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OmnideskChatOptions>>(new OmnideskChatOptionsValidator(sectionPath)));
        services.AddMetrics();
        services.TryAddSingleton<OmnideskTelemetry>();

        // The pipeline's total timeout bounds every call; the HttpClient's own timeout must never cut it short.
        // Each call is logged once by the SDK's own telemetry (operation, status, attempts, duration, no secrets),
        // so the factory's two default request loggers, which cost ~6% of an in-memory call, are removed; a user
        // who wants them back calls AddDefaultLogger() on the returned builder, and the headers stay redacted.
        var builder = services.AddHttpClient(clientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .RedactLoggedHeaders(["apiKey", "authorization"]);
        if (!services.Any(d => d.ServiceType == typeof(ResilienceChainCheck) && Equals(d.ImplementationInstance, new ResilienceChainCheck(clientName))))
        {
            AddResilience(builder, services, optionsName, clientName);
        }

        builder.AddTypedClient<IOmnideskChatApi>((http, sp) => new OmnideskChatApi(CreateTransport(http, sp, optionsName)));
        builder.AddTypedClient<IOmnideskChatsApi>((http, sp) => new OmnideskChatsApi(CreateTransport(http, sp, optionsName)));
        return builder;
    }

    /// <summary>The shared request pipeline over the named client's <see cref="HttpClient"/>.</summary>
    public static OmnideskTransport CreateTransport(HttpClient httpClient, IServiceProvider services, string optionsName) =>
        new(httpClient, services.GetRequiredService<IOptionsMonitor<OmnideskChatOptions>>().Get(optionsName), services.GetRequiredService<OmnideskTelemetry>());

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

        builder.AddHttpMessageHandler(sp => new OmnideskCallHandler(Resilience(sp, optionsName), Time(sp)));
        builder.AddResilienceHandler(OmnideskPipeline.Name, (pipeline, context) => OmnideskPipeline.Configure(
            pipeline,
            context.GetOptions<OmnideskChatOptions>(optionsName).Resilience,
            context.ServiceProvider.GetRequiredService<OmnideskTelemetry>(),
            Time(context.ServiceProvider)));
        builder.AddHttpMessageHandler(static () => new OmnideskAttemptHandler());
    }

    private static OmnideskResilienceOptions Resilience(IServiceProvider services, string optionsName) =>
        services.GetRequiredService<IOptionsMonitor<OmnideskChatOptions>>().Get(optionsName).Resilience;

    /// <summary>The clock of the timeouts and waits: the application's <see cref="TimeProvider"/> when it registers one (tests do).</summary>
    private static TimeProvider Time(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;
}
