using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Client.TestSupport;

/// <summary>The emulator as the Omnidesk account of the client under test: its addresses and keys, in each form an app takes them.</summary>
public static class EmulatorAccount
{
    /// <summary>Sets the client's addresses and keys to the emulator's.</summary>
    /// <param name="options">The client's options, as <c>AddOmnideskChat(options => …)</c> gives them.</param>
    /// <param name="emulator">The emulator standing in for the account.</param>
    public static void Configure(OmnideskChatOptions options, OmnideskEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(emulator);
        options.BaseAddress = emulator.BaseAddress;
        options.ChatServiceAddress = emulator.ChatServiceAddress;
        options.ApiKey = emulator.Options.ApiKey;
        options.ChatAccountToken = emulator.Options.ChatAccountToken;
        options.ChatServerToken = emulator.Options.ChatServerToken;
    }

    /// <summary>The same as command-line arguments (<c>--Omnidesk:BaseAddress=…</c>), for an app that reads its configuration from them.</summary>
    /// <param name="emulator">The emulator standing in for the account.</param>
    /// <returns>A new list, so the caller can add its own arguments.</returns>
    public static List<string> Args(OmnideskEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return
        [
            $"--Omnidesk:BaseAddress={emulator.BaseAddress}",
            $"--Omnidesk:ChatServiceAddress={emulator.ChatServiceAddress}",
            $"--Omnidesk:ApiKey={emulator.Options.ApiKey}",
            $"--Omnidesk:ChatAccountToken={emulator.Options.ChatAccountToken}",
            $"--Omnidesk:ChatServerToken={emulator.Options.ChatServerToken}",
        ];
    }
}
