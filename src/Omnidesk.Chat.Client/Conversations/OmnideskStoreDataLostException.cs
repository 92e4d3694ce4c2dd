namespace Omnidesk.Chat.Client.Conversations;

/// <summary>
/// Thrown by a store that can tell it lost data it held (for example Redis restarted without persistence): the
/// operation found nothing because the data is gone, not because it never existed. The layer does not pass it to
/// callers of hookpoints: it logs that the store lost its data and hands the event to your handler.
/// </summary>
public sealed class OmnideskStoreDataLostException : OmnideskException
{
    /// <summary>Creates the exception; for store implementations.</summary>
    /// <param name="operation">The store operation, such as <c>conversation store record agent event</c>.</param>
    /// <param name="reason">How the store knows, in one line without secrets.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> or <paramref name="reason"/> is null or empty.</exception>
    public OmnideskStoreDataLostException(string operation, string reason)
        : base(Required(operation, nameof(operation)), $"{operation}: the conversation store lost its data: {Required(reason, nameof(reason)).ReplaceLineEndings(" ")}", null)
    {
        Reason = reason.ReplaceLineEndings(" ");
    }

    /// <summary>How the store knows, in one line.</summary>
    public string Reason { get; }

    private static string Required(string value, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        return value;
    }
}
