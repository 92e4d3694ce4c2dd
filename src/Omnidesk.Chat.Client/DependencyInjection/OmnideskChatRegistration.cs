using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.ChatApi.Internal;
using Omnidesk.Chat.Client.Chats.Internal;
using Omnidesk.Chat.Client.Diagnostics.Internal;
using Omnidesk.Chat.Client.Http.Internal;
using Omnidesk.Chat.Client.Resilience.Internal;

namespace Omnidesk.Chat.Client.DependencyInjection;

/// <summary>What every <c>AddOmnideskChat</c> overload does once the options are bound.</summary>
internal static class OmnideskChatRegistration
{
    /// <summary>The name of the <see cref="HttpClient"/> all Omnidesk clients share.</summary>
    public const string HttpClientName = "Omnidesk.Chat.Client";

    public static IHttpClientBuilder Register(IServiceCollection services, string sectionPath)
    {
        services.AddOptions<OmnideskChatOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OmnideskChatOptions>>(new OmnideskChatOptionsValidator(sectionPath)));

        var firstRegistration = !services.Any(d => d.ServiceType == typeof(OmnideskResilienceHandler));
        services.AddMetrics();
        services.TryAddSingleton<OmnideskTelemetry>();
        services.TryAddSingleton<OmnideskResiliencePipeline>();
        services.TryAddTransient<OmnideskResilienceHandler>();

        // The pipeline's total timeout bounds every call; the HttpClient's own timeout must never cut it short.
        // Each call is logged once by the SDK's own telemetry (operation, status, attempts, duration, no secrets),
        // so the factory's two default request loggers, which cost ~6% of an in-memory call, are removed; a user
        // who wants them back calls AddDefaultLogger() on the returned builder, and the headers stay redacted.
        var builder = services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .RedactLoggedHeaders(["apiKey", "authorization"]);
        if (firstRegistration)
        {
            builder.AddHttpMessageHandler<OmnideskResilienceHandler>();
        }

        builder.AddTypedClient<IOmnideskChatApi>((http, sp) => new OmnideskChatApi(CreateTransport(http, sp)));
        builder.AddTypedClient<IOmnideskChatsApi>((http, sp) => new OmnideskChatsApi(CreateTransport(http, sp)));
        return builder;
    }

    /// <summary>The shared request pipeline over the named client's <see cref="HttpClient"/>.</summary>
    public static OmnideskTransport CreateTransport(HttpClient httpClient, IServiceProvider services) =>
        new(httpClient, services.GetRequiredService<IOptions<OmnideskChatOptions>>().Value);
}
