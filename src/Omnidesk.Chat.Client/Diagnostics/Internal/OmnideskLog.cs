using Microsoft.Extensions.Logging;

namespace Omnidesk.Chat.Client.Diagnostics.Internal;

/// <summary>
/// The log entries of the clients. They name the operation and its path template only: never an address with
/// its query string (where a key or token can travel), never a header, never a body.
/// </summary>
internal static partial class OmnideskLog
{
    [LoggerMessage(1, LogLevel.Debug, "Omnidesk {Operation} starting: {Method} {Path}")]
    public static partial void Starting(ILogger logger, string operation, string method, string path);

    [LoggerMessage(2, LogLevel.Debug, "Omnidesk {Operation} answered {StatusCode} after {Attempts} attempt(s) in {ElapsedMilliseconds} ms")]
    public static partial void Answered(ILogger logger, string operation, int statusCode, int attempts, long elapsedMilliseconds);

    [LoggerMessage(3, LogLevel.Warning, "Omnidesk {Operation} answered {StatusCode} (a failure) after {Attempts} attempt(s) in {ElapsedMilliseconds} ms")]
    public static partial void AnsweredFailure(ILogger logger, string operation, int statusCode, int attempts, long elapsedMilliseconds);

    [LoggerMessage(4, LogLevel.Warning, "Omnidesk {Operation} attempt {Attempt} failed ({Reason}); retrying in {DelayMilliseconds} ms")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, string reason, long delayMilliseconds);

    [LoggerMessage(5, LogLevel.Warning, "Omnidesk {Operation} failed ({Outcome}) after {Attempts} attempt(s) in {ElapsedMilliseconds} ms")]
    public static partial void Failed(ILogger logger, Exception exception, string operation, string outcome, int attempts, long elapsedMilliseconds);

    [LoggerMessage(6, LogLevel.Warning, "Omnidesk circuit breaker opened after repeated failures: calls fail fast for {BreakMilliseconds} ms")]
    public static partial void CircuitOpened(ILogger logger, long breakMilliseconds);

    [LoggerMessage(7, LogLevel.Information, "Omnidesk circuit breaker closed: calls go through again")]
    public static partial void CircuitClosed(ILogger logger);
}
