namespace Omnidesk.Chat.Client;

/// <summary>Why an <see cref="OmnideskUnavailableException"/> was thrown.</summary>
public enum OmnideskUnavailableReason
{
    /// <summary>No connection to Omnidesk could be made (name resolution, refused connection, TLS handshake): nothing was sent.</summary>
    CouldNotConnect = 0,

    /// <summary>The connection was lost before the answer was complete.</summary>
    ConnectionLost = 1,

    /// <summary>No answer came within the attempt or total timeout.</summary>
    TimedOut = 2,

    /// <summary>The circuit breaker is open after repeated failures: the call failed fast and was not sent.</summary>
    CircuitOpen = 3,
}
