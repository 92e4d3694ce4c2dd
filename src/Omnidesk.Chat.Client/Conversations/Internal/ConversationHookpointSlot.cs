using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>
/// Puts <see cref="ConversationHookpointHandler"/> in the receiver's <see cref="OmnideskHookpointHandler"/> place,
/// wrapping the handler registered there before (the user's own), and can tell at start whether something replaced
/// it afterwards (which would leave the conversations without hookpoints).
/// </summary>
internal sealed class ConversationHookpointSlot
{
    private readonly IServiceCollection _services;
    private ServiceDescriptor? _ours;

    public ConversationHookpointSlot(IServiceCollection services) => _services = services;

    public void TakeOver()
    {
        var inner = _services.LastOrDefault(d => d.ServiceType == typeof(OmnideskHookpointHandler) && !d.IsKeyedService);
        if (inner is not null)
        {
            _services.Remove(inner);
        }

        _ours = ServiceDescriptor.Scoped<OmnideskHookpointHandler>(provider => new ConversationHookpointHandler(
            provider.GetRequiredService<ConversationEngine>(), inner is null ? null : Create(inner, provider)));
        _services.Add(_ours);
    }

    /// <summary>Whether something registered after ours took the handler's place.</summary>
    public bool IsReplaced()
    {
        var last = _services.LastOrDefault(d => d.ServiceType == typeof(OmnideskHookpointHandler) && !d.IsKeyedService);
        return last is not null && !ReferenceEquals(last, _ours);
    }

    private static OmnideskHookpointHandler Create(ServiceDescriptor descriptor, IServiceProvider provider) =>
        descriptor.ImplementationInstance as OmnideskHookpointHandler
        ?? (descriptor.ImplementationFactory is { } factory
            ? (OmnideskHookpointHandler)factory(provider)
            : (OmnideskHookpointHandler)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
