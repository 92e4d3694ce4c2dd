using Omnidesk.Chat.Client.Testing;

namespace Omnidesk.Chat.Sample.Tests.Support;

/// <summary>Command-line arguments that configure an Omnidesk account, here the emulator standing in for a real one.</summary>
internal static class AccountArgs
{
    public static List<string> For(OmnideskEmulator emulator) =>
    [
        $"--Omnidesk:BaseAddress={emulator.BaseAddress}",
        $"--Omnidesk:ChatServiceAddress={emulator.ChatServiceAddress}",
        $"--Omnidesk:ApiKey={emulator.Options.ApiKey}",
        $"--Omnidesk:ChatAccountToken={emulator.Options.ChatAccountToken}",
        $"--Omnidesk:ChatServerToken={emulator.Options.ChatServerToken}",
    ];
}
