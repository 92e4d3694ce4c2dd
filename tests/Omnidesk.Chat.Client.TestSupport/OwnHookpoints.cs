using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.TestSupport;

/// <summary>
/// For an app under test that listens on a port Kestrel picks (port 0): its <c>chatServer</c> is its own hookpoints,
/// known only once the server has started. The client reads its options on first use, which is after start.
/// </summary>
public static class OwnHookpoints
{
    /// <summary>Sets <see cref="OmnideskChatOptions.ChatServer"/>, unless set, to the app's first address with the hookpoints' prefix and token.</summary>
    /// <param name="services">The app's services, with <c>AddOmnideskChat()</c>.</param>
    /// <param name="prefix">The prefix given to <c>MapOmnideskHookpoints</c>.</param>
    /// <param name="token">The hookpoints' token.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection UseOwnHookpointsAsChatServer(this IServiceCollection services, string prefix, string token)
    {
        services.AddOptions<OmnideskChatOptions>().PostConfigure<IServer>((chat, server) =>
            chat.ChatServer ??= server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address
                ? OmnideskHookpointAddress.Build(new Uri(address), prefix, token)
                : null);
        return services;
    }
}
