using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>Hands out <see cref="RedactingLogger"/>s over the inner factory's loggers.</summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner, Lazy<SecretMask> mask) : ILoggerFactory
{
    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), mask);

    public void Dispose() => inner.Dispose();
}
