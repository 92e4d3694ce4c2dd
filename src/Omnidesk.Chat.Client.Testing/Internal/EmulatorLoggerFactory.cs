using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// The emulator's logging and Kestrel's: every logger it hands out masks the secrets of each entry and scope
/// (<see cref="EmulatorLogSecrets"/>) with the SDK's masker before the user's providers see them.
/// </summary>
internal sealed class EmulatorLoggerFactory(ILoggerFactory inner, EmulatorLogSecrets secrets) : ILoggerFactory
{
    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public ILogger CreateLogger(string categoryName) => new EmulatorLogger(inner.CreateLogger(categoryName), secrets);

    // The user's factory is theirs to dispose.
    public void Dispose()
    {
    }
}
