namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>How parsing a hookpoint request ended; each failure maps to one HTTP status.</summary>
public enum HookpointParseOutcome
{
    /// <summary>The request held a valid event (answer 200 once the handler returned).</summary>
    Parsed,

    /// <summary>A field is missing or has a value that does not fit its rule (answer 400).</summary>
    InvalidField,

    /// <summary>The body cannot be read in its declared encoding (answer 400).</summary>
    MalformedBody,

    /// <summary>The content type is missing or not one this hookpoint reads (answer 415).</summary>
    UnsupportedContentType,

    /// <summary>The body or the file is larger than the limits allow (answer 413).</summary>
    PayloadTooLarge,
}
