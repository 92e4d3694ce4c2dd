namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// Content that knows whether it can be written again, such as a form whose file part reads a caller's stream:
/// it can while that stream can seek back, or has not been read yet. Content that does not implement this
/// holds its bytes in memory and can always be written again (see <see cref="RetryRules.CanSendAgain"/>): a new
/// body that reads a stream must implement it.
/// </summary>
internal interface IResendableContent
{
    /// <summary>Whether writing the content once more would send the same bytes.</summary>
    bool CanSendAgain { get; }
}
