using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Shared;

namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>
/// Puts <see cref="ConversationHookpointHandler"/> in the receiver's <see cref="OmnideskHookpointHandler"/> place
/// (the unnamed one, or the one keyed under the account that <c>MapOmnideskAccountHookpoints</c> resolves),
/// wrapping the handler registered there before (the user's own), and can tell at start whether something replaced
/// it afterwards (which would leave the conversations without hookpoints).
/// </summary>
internal sealed class ConversationHookpointSlot
{
    private readonly IServiceCollection _services;
    private ServiceDescriptor? _ours;

    public ConversationHookpointSlot(IServiceCollection services, string? account)
    {
        _services = services;
        Account = account;
    }

    /// <summary>The account whose handler this slot holds; <see langword="null"/> for the unnamed one.</summary>
    public string? Account { get; }

    public void TakeOver()
    {
        var inner = Current();
        if (inner is not null)
        {
            _services.Remove(inner);
        }

        var account = Account;
        _ours = ServiceDescriptor.KeyedScoped<OmnideskHookpointHandler>(account, (provider, _) => new ConversationHookpointHandler(
            AccountServices.GetRequired<ConversationEngine>(provider, account), inner is null ? null : Create(inner, provider)));
        _services.Add(_ours);
    }

    /// <summary>Whether something registered after ours took the handler's place.</summary>
    public bool IsReplaced() => Current() is { } last && !ReferenceEquals(last, _ours);

    /// <summary>The handler registration that resolves now: the last one under this slot's key.</summary>
    private ServiceDescriptor? Current() =>
        _services.LastOrDefault(d => d.ServiceType == typeof(OmnideskHookpointHandler) && Equals(d.ServiceKey, Account));

    private OmnideskHookpointHandler Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        descriptor.IsKeyedService
            ? (OmnideskHookpointHandler)(descriptor.KeyedImplementationInstance
                ?? (descriptor.KeyedImplementationFactory is { } keyedFactory
                    ? keyedFactory(provider, Account)
                    : ActivatorUtilities.CreateInstance(provider, descriptor.KeyedImplementationType!)))
            : (OmnideskHookpointHandler)(descriptor.ImplementationInstance
                ?? (descriptor.ImplementationFactory is { } factory
                    ? factory(provider)
                    : ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!)));
}
