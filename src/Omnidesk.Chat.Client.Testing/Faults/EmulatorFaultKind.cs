namespace Omnidesk.Chat.Client.Testing;

/// <summary>What an <see cref="EmulatorFault"/> does to a request.</summary>
public enum EmulatorFaultKind
{
    /// <summary>Answers an error status (with <c>Retry-After</c> when set) without processing the request.</summary>
    Status,

    /// <summary>Waits, then processes and answers the request normally.</summary>
    Delay,

    /// <summary>Reads the request, then drops the connection without processing or answering it.</summary>
    DropBeforeProcessing,

    /// <summary>Processes the request (state changes are kept), then drops the connection without answering.</summary>
    DropAfterProcessing,

    /// <summary>Processes the request, then answers 200 with a truncated JSON body.</summary>
    MalformedJson,

    /// <summary>Processes the request, then answers 200 with an empty body.</summary>
    EmptyBody,
}
