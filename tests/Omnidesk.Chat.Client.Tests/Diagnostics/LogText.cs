using Microsoft.Extensions.Logging.Testing;

namespace Omnidesk.Chat.Client.Tests.Diagnostics;

/// <summary>What a log sink could write of the records a <see cref="FakeLogCollector"/> kept.</summary>
internal static class LogText
{
    /// <summary>Each record's message, its state and state values, its scopes and its exception, as strings.</summary>
    public static IEnumerable<string> AllText(this FakeLogCollector logs) =>
        logs.GetSnapshot().SelectMany(Texts);

    private static IEnumerable<string> Texts(FakeLogRecord record)
    {
        yield return record.Message;
        foreach (var text in Describe(record.State))
        {
            yield return text;
        }

        foreach (var text in record.Scopes.SelectMany(Describe))
        {
            yield return text;
        }

        if (record.Exception is not null)
        {
            yield return record.Exception.ToString();
        }
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
        else if (state is IEnumerable<KeyValuePair<string, string?>> texts)
        {
            foreach (var (key, value) in texts)
            {
                yield return $"{key}={value}";
            }
        }
    }
}
