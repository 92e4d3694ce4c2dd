using System.Text.Json.Serialization;
using Omnidesk.Chat.Client.DependencyInjection;
using Refit;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers a Refit interface of your own for Omnidesk endpoints the SDK does not model (tickets, customers, ...)
/// on the account an <c>AddOmnideskChat(...)</c> call registered, with everything its clients get.
/// </summary>
public static class OmnideskChatBuilderExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TApi"/>, a Refit interface whose client Refit's source generator made (the
    /// project references the <c>Refit</c> package), on the account of <paramref name="chat"/>: its
    /// <see cref="Omnidesk.Chat.Client.OmnideskChatOptions.BaseAddress"/>, the <c>apiKey</c> header, the SDK's <c>User-Agent</c>, its
    /// resilience pipeline and circuit breaker (GET, HEAD and OPTIONS retried on any transient failure, other
    /// verbs only when the failure proves Omnidesk did not take them), a span and measurements per call, and
    /// failures as the SDK's exceptions. For <c>AddOmnideskChat("brand-b")</c> it is a keyed service under <c>brand-b</c>.
    /// </summary>
    /// <typeparam name="TApi">The Refit interface.</typeparam>
    /// <param name="chat">The builder <c>AddOmnideskChat(...)</c> returned.</param>
    /// <param name="jsonContext">The source-generated JSON context of the interface's bodies and answers (no reflection, so trim- and AOT-safe).</param>
    /// <returns><paramref name="chat"/>, to chain more interfaces onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OmnideskChatBuilder AddOmnideskApi<TApi>(this OmnideskChatBuilder chat, JsonSerializerContext jsonContext)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(jsonContext);
        return chat.AddOmnideskApi<TApi>(new RefitSettings { ContentSerializer = SystemTextJsonContentSerializer.ForContext(jsonContext) });
    }

    /// <summary>
    /// Registers <typeparamref name="TApi"/> on the account of <paramref name="chat"/> with Refit settings of your
    /// own, as <see cref="AddOmnideskApi{TApi}(OmnideskChatBuilder, JsonSerializerContext)"/> does. The settings'
    /// <see cref="RefitSettings.TransportExceptionFactory"/> is wrapped so that the SDK's exceptions reach the caller as thrown.
    /// </summary>
    /// <typeparam name="TApi">The Refit interface.</typeparam>
    /// <param name="chat">The builder <c>AddOmnideskChat(...)</c> returned.</param>
    /// <param name="settings">Refit's settings for the interface.</param>
    /// <returns><paramref name="chat"/>, to chain more interfaces onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OmnideskChatBuilder AddOmnideskApi<TApi>(this OmnideskChatBuilder chat, RefitSettings settings)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(settings);
        OmnideskClients.RegisterApi<TApi>(chat, settings);
        return chat;
    }
}
