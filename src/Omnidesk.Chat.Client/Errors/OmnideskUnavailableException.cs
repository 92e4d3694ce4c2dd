namespace Omnidesk.Chat.Client;

/// <summary>
/// Thrown when Omnidesk could not be reached or gave no answer, and the retries allowed for the call are spent,
/// in a case where calling again cannot duplicate anything: either the call changes nothing (a read, a typing
/// event), or it is known that the server did not act on it (nothing was sent, the circuit was open).
/// When a call that creates something may have been acted on, <see cref="OmnideskDeliveryUnknownException"/>
/// is thrown instead.
/// </summary>
public sealed class OmnideskUnavailableException : OmnideskException
{
    internal OmnideskUnavailableException(string operation, OmnideskUnavailableReason reason, int attempts, string message, Exception? innerException, TimeSpan? retryAfter = null)
        : base(operation, message, innerException)
    {
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
}
