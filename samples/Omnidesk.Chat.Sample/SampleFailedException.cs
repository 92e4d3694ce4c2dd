namespace Omnidesk.Chat.Sample;

/// <summary>A step of the sample failed; the message says which and what to check, in one line.</summary>
internal sealed class SampleFailedException : Exception
{
    public SampleFailedException(string message)
        : base(message)
    {
    }

    public SampleFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
