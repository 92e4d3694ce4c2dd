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
public sealed class OmnideskDeliveryUnknownException : OmnideskException
{
    internal OmnideskDeliveryUnknownException(string operation, string whatHappened, int attempts, Exception? innerException)
        : base(
            operation,
            $"{operation}: delivery unknown — the request was sent but {whatHappened}, so the server may or may not have stored it; " +
            "check before sending again (sending it blindly may create a duplicate).",
            innerException)
    {
        Attempts = attempts;
    }

    /// <summary>How many attempts were made; the last one is the one whose fate is unknown.</summary>
    public int Attempts { get; }
}
