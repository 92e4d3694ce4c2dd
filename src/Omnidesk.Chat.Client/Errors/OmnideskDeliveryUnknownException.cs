namespace Omnidesk.Chat.Client;

/// <summary>
/// Thrown when a call that creates or adds something (a chat message, an attachment, the chatbot log, a chat) was
/// sent, but no answer that can be read came back: the attempt timed out, the connection was lost before the
/// answer was complete, or Omnidesk answered with a success status and a body that is empty or not the JSON
/// expected (then <see cref="Exception.InnerException"/> is the <see cref="OmnideskApiException"/> with that
/// status and body). The server may or may not have acted on it, and after a success status it most likely did,
/// so the call is not retried automatically: sending it again could create a duplicate. Check (for example, list
/// the chat's messages) before sending again.
/// </summary>
/// <remarks>
/// The public constructors are for code that stands in for <see cref="IOmnideskChatApi"/> or
/// <see cref="IOmnideskChatsApi"/> in its own tests.
/// </remarks>
public sealed class OmnideskDeliveryUnknownException : OmnideskException
{
    /// <summary>Creates the exception for one attempt that was sent and got no answer.</summary>
    /// <param name="operation">The API operation, such as <c>notifyUserNewChatMessage</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> is <see langword="null"/> or empty.</exception>
    public OmnideskDeliveryUnknownException(string operation)
        : this(operation, "no answer came", attempts: 1, innerException: null)
    {
    }

    /// <summary>Creates the exception, its message built from <paramref name="whatHappened"/>.</summary>
    /// <param name="operation">The API operation, such as <c>notifyUserNewChatMessage</c>.</param>
    /// <param name="whatHappened">
    /// What became of the request, completing "the request was sent but …", such as
    /// <c>the connection was lost before the answer came</c>.
    /// </param>
    /// <param name="attempts">How many attempts were made (at least 1); the last one is the one whose fate is unknown.</param>
    /// <param name="innerException">The underlying failure, such as a <see cref="TimeoutException"/>, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> or <paramref name="whatHappened"/> is <see langword="null"/> or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attempts"/> is less than 1.</exception>
    public OmnideskDeliveryUnknownException(string operation, string whatHappened, int attempts, Exception? innerException)
        : base(
            operation,
            $"{operation}: delivery unknown — the request was sent but {whatHappened}, so the server may or may not have stored it; " +
            "check before sending again (sending it blindly may create a duplicate).",
            innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(whatHappened);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        Attempts = attempts;
    }

    /// <summary>How many attempts were made; the last one is the one whose fate is unknown.</summary>
    public int Attempts { get; }
}
