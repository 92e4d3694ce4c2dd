using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.AspNetCore.Internal;

/// <summary>
/// What reads one route set's events: the account's intake steps (<see cref="IOmnideskHookpointIntake"/>) and the
/// user's handler, each optional, both plain services for the unnamed route set and keyed under the account for an
/// account's. Nothing here rewrites a registration, so the order of the calls that made them does not matter.
/// </summary>
internal sealed class HookpointReaders
{
    private readonly string? _account;

    // Asked of the container once, without resolving anything (null when it cannot say): a receiver without intake
    // steps then resolves no empty list per request, and one that nothing reads is refused at start.
    private readonly bool? _hasIntake;
    private readonly bool? _hasHandler;

    /// <param name="services">The application's services.</param>
    /// <param name="account">The route set's account, or <see langword="null"/> for the unnamed one.</param>
    public HookpointReaders(IServiceProvider services, string? account)
    {
        _account = account;
        if (account is null && services.GetService<IServiceProviderIsService>() is { } plain)
        {
            _hasIntake = plain.IsService(typeof(IOmnideskHookpointIntake));
            _hasHandler = plain.IsService(typeof(OmnideskHookpointHandler));
        }
        else if (account is not null && services.GetService<IServiceProviderIsKeyedService>() is { } keyed)
        {
            _hasIntake = keyed.IsKeyedService(typeof(IOmnideskHookpointIntake), account);
            _hasHandler = keyed.IsKeyedService(typeof(OmnideskHookpointHandler), account);
        }
    }

    /// <summary>The account's intake steps, in registration order.</summary>
    /// <param name="requestServices">The request's scope.</param>
    public IEnumerable<IOmnideskHookpointIntake> IntakeOf(IServiceProvider requestServices) =>
        _hasIntake is false ? []
        : _account is null ? requestServices.GetServices<IOmnideskHookpointIntake>()
        : requestServices.GetKeyedServices<IOmnideskHookpointIntake>(_account);

    /// <summary>The user's handler for the account, if one was registered.</summary>
    /// <param name="requestServices">The request's scope.</param>
    public OmnideskHookpointHandler? HandlerOf(IServiceProvider requestServices) =>
        _hasHandler is false ? null
        : _account is null ? requestServices.GetService<OmnideskHookpointHandler>()
        : requestServices.GetKeyedService<OmnideskHookpointHandler>(_account);

    /// <summary>
    /// Refuses to map a route set that nothing reads (no intake step and no handler): every agent message would be
    /// answered <c>ok</c> and dropped. A container that cannot say is trusted.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither an intake step nor a handler is registered for the account.</exception>
    public void RequireSome()
    {
        if (_hasIntake is not false || _hasHandler is not false)
        {
            return;
        }

        throw new InvalidOperationException(_account is null
            ? "Nothing reads the Omnidesk hookpoints: register your handler with services.AddOmnideskHookpoints<THandler>(), " +
              "or conversations with services.AddOmnideskChat().AddOmnideskConversations(); otherwise every agent message would be answered ok and dropped."
            : $"Nothing reads the Omnidesk hookpoints of the account '{_account}': register your handler with services.AddOmnideskHookpoints<THandler>(\"{_account}\"), " +
              $"or conversations with services.AddOmnideskChat(\"{_account}\").AddOmnideskConversations(); otherwise every agent message would be answered ok and dropped.");
    }
}
