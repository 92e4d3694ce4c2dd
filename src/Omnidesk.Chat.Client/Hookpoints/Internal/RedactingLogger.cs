using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Hookpoints.Internal;

/// <summary>Passes each entry and scope on with the secrets masked (see <see cref="OmnideskSecretRedaction"/>).</summary>
internal sealed class RedactingLogger(ILogger inner, Lazy<SecretMask> mask) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        mask.Value.IsEmpty ? inner.BeginScope(state) : state switch
        {
            IReadOnlyList<KeyValuePair<string, object?>> pairs => inner.BeginScope(RedactedState.Of(pairs, mask.Value)),
            _ => inner.BeginScope(mask.Value.Apply((object)state)!),
        };

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        if (mask.Value.IsEmpty || state is null)
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        var formatted = formatter(state, exception);
        if (state is IReadOnlyList<KeyValuePair<string, object?>> pairs)
        {
            inner.Log(logLevel, eventId, RedactedState.Of(pairs, mask.Value, formatted), exception, static (entry, _) => entry.ToString());
            return;
        }

        inner.Log(logLevel, eventId, mask.Value.Apply(formatted), exception, static (entry, _) => entry);
    }
}
