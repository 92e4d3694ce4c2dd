namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>
/// Thrown while reading a hookpoint body (for example an <see cref="AgentFileEvent.Content"/> stream) when the
/// body is larger than the limits allow or is not valid in its encoding.
/// </summary>
public sealed class HookpointBodyException : IOException
{
    /// <summary>Initializes a new instance of the <see cref="HookpointBodyException"/> class.</summary>
    public HookpointBodyException()
        : this(HookpointParseOutcome.MalformedBody, "The hookpoint body is malformed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HookpointBodyException"/> class.</summary>
    /// <param name="message">What is wrong with the body.</param>
    public HookpointBodyException(string message)
        : this(HookpointParseOutcome.MalformedBody, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HookpointBodyException"/> class.</summary>
    /// <param name="message">What is wrong with the body.</param>
    /// <param name="innerException">The cause.</param>
    public HookpointBodyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Outcome = HookpointParseOutcome.MalformedBody;
    }

    /// <summary>Initializes a new instance of the <see cref="HookpointBodyException"/> class.</summary>
    /// <param name="outcome">
    /// <see cref="HookpointParseOutcome.PayloadTooLarge"/> or <see cref="HookpointParseOutcome.MalformedBody"/>.
    /// </param>
    /// <param name="message">What is wrong with the body.</param>
    public HookpointBodyException(HookpointParseOutcome outcome, string message)
        : base(message)
    {
        Outcome = outcome;
    }

    /// <summary>Gets what went wrong: <see cref="HookpointParseOutcome.PayloadTooLarge"/> or <see cref="HookpointParseOutcome.MalformedBody"/>.</summary>
    public HookpointParseOutcome Outcome { get; }
}
