namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>When an operation may be sent again after a failure.</summary>
internal enum RetrySafety
{
    /// <summary>Reads, and calls that change nothing or repeat harmlessly: retried on any transient failure.</summary>
    AnyTransientFailure,

    /// <summary>
    /// Calls that create or add something: retried only when the failure proves the server did not act on
    /// the request (no connection made, 429, 503); otherwise the caller learns that delivery is unknown.
    /// </summary>
    OnlyWhenNotProcessed,
}
