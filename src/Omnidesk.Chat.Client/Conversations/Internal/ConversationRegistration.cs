using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Conversations.Internal.Memory;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>What every <c>AddOmnideskConversations</c> overload does once the options are bound.</summary>
internal static class ConversationRegistration
{
    public static OmnideskConversationsBuilder Register(IServiceCollection services, string sectionPath)
    {
        services.AddOptions<OmnideskConversationsOptions>().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOmnideskConversationStore>(provider => new MemoryConversationStore(
            provider.GetRequiredService<IOptions<OmnideskConversationsOptions>>().Value.Memory,
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ConversationEngine>();
        services.TryAddSingleton<IOmnideskConversations>(provider => provider.GetRequiredService<ConversationEngine>());

        if (!services.Any(d => d.ServiceType == typeof(ConversationHookpointSlot)))
        {
            var slot = new ConversationHookpointSlot(services);
            services.AddSingleton(slot);
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OmnideskConversationsOptions>>(
                new OmnideskConversationsOptionsValidator(sectionPath, slot)));
            slot.TakeOver();
        }

        return new OmnideskConversationsBuilder(services);
    }
}
