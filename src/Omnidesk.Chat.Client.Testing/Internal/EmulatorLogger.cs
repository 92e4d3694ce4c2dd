using Microsoft.Extensions.Logging;
using Omnidesk.Chat.Client.Hookpoints;

namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Masks each entry and scope for the secrets found in it: the SDK's masker reads its secrets once, and a request
/// line can carry one the emulator has never seen (a hookpoint token, a wrong key), so each entry gets a masking
/// logger of its own over the one inner logger.
/// </summary>
internal sealed class EmulatorLogger(ILogger inner, EmulatorLogSecrets secrets) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
        => MaskingFor(TextsOf(state, formatted: null)).BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        MaskingFor(TextsOf(state, formatter(state, exception))).Log(logLevel, eventId, state, exception, formatter);
    }

    private static IEnumerable<string?> TextsOf<TState>(TState state, string? formatted)
    {
        yield return formatted ?? state?.ToString();
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var pair in pairs)
            {
                yield return pair.Value?.ToString();
            }
        }
    }

    private ILogger MaskingFor(IEnumerable<string?> texts)
    {
        var found = secrets.For(texts);
        return OmnideskSecretRedaction.Wrap(new OneLoggerFactory(inner), () => found).CreateLogger(string.Empty);
    }

    /// <summary>Hands the SDK's masker the one logger this entry goes to.</summary>
    private sealed class OneLoggerFactory(ILogger logger) : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
