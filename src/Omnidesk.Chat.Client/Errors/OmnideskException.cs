namespace Omnidesk.Chat.Client;

/// <summary>The base of every exception an Omnidesk call throws after it reached for the wire.</summary>
/// <remarks>Messages never contain an API key or token.</remarks>
public abstract class OmnideskException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The API operation that failed, such as <c>notifyUserNewChatMessage</c>.</param>
    /// <param name="message">What failed, in words a user can act on.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="operation"/> or <paramref name="message"/> is <see langword="null"/> or empty.</exception>
    protected OmnideskException(string operation, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentException.ThrowIfNullOrEmpty(message);
        Operation = operation;
    }

    /// <summary>The API operation that failed, such as <c>notifyUserNewChatMessage</c> or <c>chats.update</c>.</summary>
    public string Operation { get; }
}
