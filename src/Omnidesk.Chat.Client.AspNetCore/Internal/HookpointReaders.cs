using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// What reads one route set's events: the account's intake steps (<see cref="IOmnideskHookpointIntake"/>) and the
/// user's handler, each optional, both plain services for the unnamed route set and keyed under the account for an
/// account's. Nothing here rewrites a registration, so the order of the calls that made them does not matter.
/// </summary>
internal static class HookpointReaders
{
    /// <summary>The account's intake steps, in registration order.</summary>
    public static IEnumerable<IOmnideskHookpointIntake> IntakeOf(IServiceProvider services, string? account) =>
        account is null ? services.GetServices<IOmnideskHookpointIntake>() : services.GetKeyedServices<IOmnideskHookpointIntake>(account);

    /// <summary>The user's handler for the account, if one was registered.</summary>
    public static OmnideskHookpointHandler? HandlerOf(IServiceProvider services, string? account) =>
        account is null ? services.GetService<OmnideskHookpointHandler>() : services.GetKeyedService<OmnideskHookpointHandler>(account);

    /// <summary>
    /// Refuses to map a route set that nothing reads (no intake step and no handler): every agent message would be
    /// answered <c>ok</c> and dropped. Asked of the container without resolving anything; a container that cannot say
    /// is trusted.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither an intake step nor a handler is registered for the account.</exception>
    public static void RequireSome(IServiceProvider services, string? account)
    {
        bool? registered = account is null
            ? services.GetService<IServiceProviderIsService>() is { } plain
                ? plain.IsService(typeof(IOmnideskHookpointIntake)) || plain.IsService(typeof(OmnideskHookpointHandler))
                : null
            : services.GetService<IServiceProviderIsKeyedService>() is { } keyed
                ? keyed.IsKeyedService(typeof(IOmnideskHookpointIntake), account) || keyed.IsKeyedService(typeof(OmnideskHookpointHandler), account)
                : null;
        if (registered is not false)
        {
            return;
        }

        throw new InvalidOperationException(account is null
            ? "Nothing reads the Omnidesk hookpoints: register your handler with services.AddOmnideskHookpoints<THandler>(), " +
              "or conversations with services.AddOmnideskChat().AddOmnideskConversations(); otherwise every agent message would be answered ok and dropped."
            : $"Nothing reads the Omnidesk hookpoints of the account '{account}': register your handler with services.AddOmnideskHookpoints<THandler>(\"{account}\"), " +
              $"or conversations with services.AddOmnideskChat(\"{account}\").AddOmnideskConversations(); otherwise every agent message would be answered ok and dropped.");
    }
}
