using Omnidesk.Chat.Client.Hookpoints;
using Omnidesk.Chat.Client.Testing;
using Omnidesk.Chat.Sample.Hookpoints;

namespace Omnidesk.Chat.Sample.Hosting;

/// <summary>The configuration the sample adds: the emulator's account, and the chatServer of the hookpoints.</summary>
internal static class AccountConfiguration
{
    /// <summary>The <c>Omnidesk</c> keys that point the client at the emulator, with the key and tokens it accepts.</summary>
    public static Dictionary<string, string?> Of(OmnideskEmulator emulator) => new()
    {
        ["Omnidesk:BaseAddress"] = emulator.BaseAddress.ToString(),
        ["Omnidesk:ChatServiceAddress"] = emulator.ChatServiceAddress.ToString(),
        ["Omnidesk:ApiKey"] = emulator.Options.ApiKey,
        ["Omnidesk:ChatsApiKey"] = emulator.Options.ChatsApiKey,
        ["Omnidesk:ChatAccountToken"] = emulator.Options.ChatAccountToken,
        ["Omnidesk:ChatServerToken"] = emulator.Options.ChatServerToken,
    };

    /// <summary>The <c>chatServer</c> Omnidesk posts the agent's side to: the public address, or the loopback one on the emulator.</summary>
    public static string ChatServer(SampleSettings settings, HookpointReceiver receiver, string token)
    {
        if (settings.UseEmulator)
        {
            return OmnideskHookpointAddress.Build(receiver.ListeningAddress, HookpointReceiver.Prefix, token);
        }

        return settings.PublicBaseUrl is { } publicBaseUrl
            ? OmnideskHookpointAddress.Build(publicBaseUrl, HookpointReceiver.Prefix, token)
            : throw new SampleFailedException(
                $"Set {SampleSettings.PublicBaseUrlKey} (env Omnidesk__Hookpoints__PublicBaseUrl) to the public https address that forwards to {settings.ListenUrl}, so Omnidesk can post the agent's replies.");
    }
}
