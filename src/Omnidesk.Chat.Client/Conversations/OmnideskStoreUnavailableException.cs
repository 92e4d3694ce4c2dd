namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// Thrown when the conversation store could not be reached or did not answer in time. Nothing the operation
/// promised happened; the hookpoint receiver answers such a hookpoint with 503 and <see cref="Reason"/>, so Omnidesk
/// may send it again.
/// </summary>
public sealed class OmnideskStoreUnavailableException : OmnideskException
{
    /// <summary>Creates the exception; for store implementations.</summary>
    /// <param name="operation">The store operation, such as <c>conversation store append</c>.</param>
    /// <param name="reason">Why, in one line without secrets, such as <c>redis at 10.0.0.5:6379 did not answer within 5 s</c>.</param>
    /// <param name="innerException">The store client's exception, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> or <paramref name="reason"/> is null or empty.</exception>
    public OmnideskStoreUnavailableException(string operation, string reason, Exception? innerException = null)
        : base(Required(operation, nameof(operation)), OneLine($"{operation}: the conversation store is unavailable: {Required(reason, nameof(reason))}"), innerException)
    {
        Reason = OneLine(reason);
    }

    /// <summary>The reason in one line (line breaks replaced by spaces). <see cref="Exception.Message"/> is one line too: the operation, then this.</summary>
    public string Reason { get; }

    private static string Required(string value, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        return value;
    }

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");
}
