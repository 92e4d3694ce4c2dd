using Microsoft.Extensions.Configuration;
using Omnidesk.Chat.Client.Conversations;
using Omnidesk.Chat.Client.Conversations.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the conversation layer (<see cref="IOmnideskConversations"/>) on top of <c>AddOmnideskChat()</c>, or of
/// one account's <c>AddOmnideskChat("brand-b")</c>: an account's conversations are a keyed
/// <see cref="IOmnideskConversations"/> under the account, with their own options, store and hookpoint feed.
/// </summary>
public static class OmnideskConversationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IOmnideskConversations"/> with the in-memory store, options bound from
    /// <c>Omnidesk:Conversations</c> (an account's from <c>Omnidesk:Accounts:{account}:Conversations</c>) and
    /// validated at start. Registers the conversations' hookpoint intake step for the account
    /// (<see cref="Omnidesk.Chat.Client.Hookpoints.IOmnideskHookpointIntake"/>): the receiver of the same account
    /// (<c>AddOmnideskHookpoints()</c>, or <c>AddOmnideskHookpoints("brand-b")</c>; with or without a handler of yours,
    /// registered before or after this) records each event in its conversation, then passes it to your handler.
    /// </summary>
    /// <param name="chat">The builder <c>AddOmnideskChat()</c> returned.</param>
    /// <returns>A builder to chain a store onto.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chat"/> is <see langword="null"/>.</exception>
    public static OmnideskConversationsBuilder AddOmnideskConversations(this IHttpClientBuilder chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var account = ConversationRegistration.AccountOf(chat);
        var section = ConversationRegistration.SectionOf(account);
        chat.Services.AddOptions<OmnideskConversationsOptions>(ConversationRegistration.OptionsName(account)).BindConfiguration(section);
        return ConversationRegistration.Register(chat.Services, account, section);
    }

    /// <summary>Registers <see cref="IOmnideskConversations"/> with options set by a delegate and validated at start.</summary>
    /// <param name="chat">The builder <c>AddOmnideskChat()</c> returned.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to chain a store onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OmnideskConversationsBuilder AddOmnideskConversations(this IHttpClientBuilder chat, Action<OmnideskConversationsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(configure);
        var account = ConversationRegistration.AccountOf(chat);
        chat.Services.AddOptions<OmnideskConversationsOptions>(ConversationRegistration.OptionsName(account)).Configure(configure);
        return ConversationRegistration.Register(chat.Services, account, ConversationRegistration.SectionOf(account));
    }

    /// <summary>Registers <see cref="IOmnideskConversations"/> with options bound from a configuration section and validated at start.</summary>
    /// <param name="chat">The builder <c>AddOmnideskChat()</c> returned.</param>
    /// <param name="configuration">The section holding the options' keys.</param>
    /// <returns>A builder to chain a store onto.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OmnideskConversationsBuilder AddOmnideskConversations(this IHttpClientBuilder chat, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(configuration);
        var account = ConversationRegistration.AccountOf(chat);
        chat.Services.AddOptions<OmnideskConversationsOptions>(ConversationRegistration.OptionsName(account)).Bind(configuration);
        var path = configuration is IConfigurationSection section ? section.Path : ConversationRegistration.SectionOf(account);
        return ConversationRegistration.Register(chat.Services, account, path);
    }
}
