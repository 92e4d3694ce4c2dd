using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Tests.Diagnostics;

/// <summary>Keeps every log entry of every level as text: message, state values, scopes and exception.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>Everything captured, as the strings a log sink could write.</summary>
    public IEnumerable<string> AllText() => Entries.SelectMany(e => e.Texts);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    internal sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<string> Texts);

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            entries.Enqueue(new CapturedLog(category, LogLevel.None, default, "(scope)", [.. Describe(state)]));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var texts = new List<string> { message };
            texts.AddRange(Describe(state));
            if (exception is not null)
            {
                texts.Add(exception.ToString());
            }

            entries.Enqueue(new CapturedLog(category, logLevel, eventId, message, texts));
        }

        private static IEnumerable<string> Describe(object? state)
        {
            yield return state?.ToString() ?? string.Empty;
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    yield return $"{key}={value}";
                }
            }
        }
    }
}
