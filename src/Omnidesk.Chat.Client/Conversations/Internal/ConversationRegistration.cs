using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Omnidesk.Chat.Client.Conversations.Internal.Memory;
using Omnidesk.Chat.Client.DependencyInjection;
using Omnidesk.Chat.Client.Diagnostics;
using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Shared;

namespace Omnidesk.Chat.Client.Conversations.Internal;

/// <summary>
/// What every <c>AddOmnideskConversations</c> overload does once the options are bound. The unnamed conversations
/// are plain services; an account's are keyed services under the account (a <see langword="null"/> key is the
/// unnamed registration, so each service is registered once for both), with options named after the account.
/// </summary>
internal static class ConversationRegistration
{
    /// <summary>
    /// The account whose clients <paramref name="chat"/> configures (<c>AddOmnideskChat("brand-b")</c>), or
    /// <see langword="null"/> for the unnamed clients.
    /// </summary>
    public static string? AccountOf(IHttpClientBuilder chat)
    {
        var prefix = OmnideskChatRegistration.AccountHttpClientName(string.Empty);
        return chat.Name.StartsWith(prefix, StringComparison.Ordinal) ? chat.Name[prefix.Length..] : null;
    }

    /// <summary>The name of the account's <see cref="OmnideskConversationsOptions"/>.</summary>
    public static string OptionsName(string? account) => account ?? Options.DefaultName;

    /// <summary>The section the options are bound from: <c>Omnidesk:Conversations</c>, or <c>Omnidesk:Accounts:{account}:Conversations</c>.</summary>
    public static string SectionOf(string? account) =>
        account is null ? OmnideskConversationsOptions.SectionName : AccountNames.SectionPath(account) + ":Conversations";

    public static OmnideskConversationsBuilder Register(IServiceCollection services, string? account, string sectionPath)
    {
        var optionsName = OptionsName(account);
        services.AddOptions<OmnideskConversationsOptions>(optionsName).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<IOmnideskConversationStore>(account, (provider, _) => new MemoryConversationStore(
            OptionsOf(provider, optionsName).Memory,
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddKeyedSingleton(account, (provider, _) => new ConversationEngine(
            provider,
            account,
            AccountServices.GetRequired<IOmnideskConversationStore>(provider, account),
            OptionsOf(provider, optionsName),
            provider.GetRequiredService<TimeProvider>(),
            account is null
                ? provider.GetRequiredService<ILogger<ConversationEngine>>()
                : provider.GetRequiredService<ILoggerFactory>().CreateLogger(OmnideskDiagnostics.AccountLoggerCategory(account) + ".Conversations")));
        services.TryAddKeyedSingleton<IOmnideskConversations>(account, (provider, _) => AccountServices.GetRequired<ConversationEngine>(provider, account));

        // One intake step and one validator per account (a second AddOmnideskConversations() on the same clients adds
        // neither). The step is keyed like everything else here, so only the account's own route set runs it.
        if (!services.Any(d => !d.IsKeyedService && d.ImplementationInstance is OmnideskConversationsOptionsValidator known && known.OptionsName == optionsName))
        {
            services.AddSingleton<IValidateOptions<OmnideskConversationsOptions>>(new OmnideskConversationsOptionsValidator(optionsName, sectionPath));
            services.AddKeyedSingleton<IOmnideskHookpointIntake>(account, (provider, _) =>
                new ConversationHookpointIntake(AccountServices.GetRequired<ConversationEngine>(provider, account)));
        }

        return new OmnideskConversationsBuilder(services, account);
    }

    private static OmnideskConversationsOptions OptionsOf(IServiceProvider provider, string optionsName) =>
        AccountServices.OptionsOf<OmnideskConversationsOptions>(provider, optionsName);
}
