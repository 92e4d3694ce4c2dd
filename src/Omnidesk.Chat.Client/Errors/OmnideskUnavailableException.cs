namespace Omnidesk.Chat.Client;

/// <summary>
/// Thrown when Omnidesk could not be reached or gave no answer, and the retries allowed for the call are spent,
/// in a case where calling again cannot duplicate anything: either the call changes nothing (a read, a typing
/// event), or it is known that the server did not act on it (nothing was sent, the circuit was open).
/// When a call that creates something may have been acted on, <see cref="OmnideskDeliveryUnknownException"/>
/// is thrown instead.
/// </summary>
/// <remarks>
/// The public constructors are for code that stands in for <see cref="IOmnideskChatApi"/> or
/// <see cref="IOmnideskChatsApi"/> in its own tests; pass no secret in the message.
/// </remarks>
public sealed class OmnideskUnavailableException : OmnideskException
{
    /// <summary>Creates the exception with a message in the SDK's words for <paramref name="reason"/>.</summary>
    /// <param name="operation">The API operation, such as <c>requestChatQueue</c>.</param>
    /// <param name="reason">What went wrong.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> is <see langword="null"/> or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public OmnideskUnavailableException(string operation, OmnideskUnavailableReason reason)
        : this(operation, reason, reason == OmnideskUnavailableReason.CircuitOpen ? 0 : 1, DefaultMessage(operation, reason), innerException: null)
    {
    }

    /// <summary>Creates the exception with every detail given.</summary>
    /// <param name="operation">The API operation, such as <c>requestChatQueue</c>.</param>
    /// <param name="reason">What went wrong.</param>
    /// <param name="attempts">How many attempts were sent or tried (0 when the circuit was open).</param>
    /// <param name="message">What failed, in words a user can act on.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    /// <param name="retryAfter">When the circuit is open, about how long until calls are let through again.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> or <paramref name="message"/> is <see langword="null"/> or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attempts"/> is negative, or <paramref name="retryAfter"/> is negative.</exception>
    public OmnideskUnavailableException(string operation, OmnideskUnavailableReason reason, int attempts, string message, Exception? innerException, TimeSpan? retryAfter = null)
        : base(operation, message, innerException)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempts);
        if (retryAfter is { } wait)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero, nameof(retryAfter));
        }

        Reason = reason;
        Attempts = attempts;
        RetryAfter = retryAfter;
    }

    /// <summary>What went wrong.</summary>
    public OmnideskUnavailableReason Reason { get; }

    /// <summary>How many attempts were sent or tried; 0 when the circuit was open.</summary>
    public int Attempts { get; }

    /// <summary>When the circuit is open, about how long until calls are let through again; otherwise <see langword="null"/>.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string DefaultMessage(string operation, OmnideskUnavailableReason reason) => reason switch
    {
        OmnideskUnavailableReason.CouldNotConnect => $"{operation} failed: could not connect to Omnidesk; nothing was sent.",
        OmnideskUnavailableReason.ConnectionLost => $"{operation} failed: the connection to Omnidesk was lost before the answer was complete.",
        OmnideskUnavailableReason.TimedOut => $"{operation} failed: no answer from Omnidesk in time.",
        OmnideskUnavailableReason.CircuitOpen => $"{operation} was not sent: calls to Omnidesk fail fast after repeated failures (the circuit breaker is open). Nothing was sent; try again later.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a defined OmnideskUnavailableReason."),
    };
}
