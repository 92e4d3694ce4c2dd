namespace Omnidesk.Chat.Client.Testing;

/// <summary>One request the emulator received, as it arrived on the wire, with the status it answered.</summary>
public sealed class RecordedRequest
{
    internal RecordedRequest(RequestSnapshot request, int? responseStatus, EmulatorFault? fault)
    {
        Endpoint = request.Endpoint;
        Method = request.Method;
        Path = request.Path;
        QueryString = request.QueryString;
        Query = request.Query;
        Headers = request.Headers;
        ContentType = request.ContentType;
        FormFields = request.FormFields;
        Form = request.Form;
        Files = request.Files;
        JsonBody = request.JsonBody;
        ResponseStatus = responseStatus;
        Fault = fault;
    }

    /// <summary>Gets the endpoint the request matched, or <see langword="null"/> for an unknown route.</summary>
    public EmulatorEndpoint? Endpoint { get; }

    /// <summary>Gets the HTTP method (<c>GET</c>, <c>POST</c>, ...).</summary>
    public string Method { get; }

    /// <summary>Gets the request path, for example <c>/api/v2/chat/notifyUserNewChatMessage</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the raw query string with its leading <c>?</c>, or an empty string.</summary>
    public string QueryString { get; }

    /// <summary>Gets the decoded query parameters; a repeated key has several values, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Query { get; }

    /// <summary>Gets the request headers (case-insensitive names; repeated headers joined with <c>", "</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the <c>Content-Type</c> header, if any.</summary>
    public string? ContentType { get; }

    /// <summary>
    /// Gets the text fields of a multipart or form-urlencoded body by name as sent (values of a repeated name
    /// joined with <c>","</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Form { get; }

    /// <summary>
    /// Gets the text fields of a multipart or form-urlencoded body in the order they were sent (the values of a
    /// repeated name are listed together, at its first position).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> FormFields { get; }

    /// <summary>Gets the file parts of a multipart body, in order.</summary>
    public IReadOnlyList<RecordedFile> Files { get; }

    /// <summary>Gets the body text when the request declared a JSON content type; otherwise <see langword="null"/>.</summary>
    public string? JsonBody { get; }

    /// <summary>
    /// Gets the status code the emulator answered, or <see langword="null"/> when it dropped the connection
    /// without answering.
    /// </summary>
    public int? ResponseStatus { get; }

    /// <summary>Gets the fault injected into this request, if any.</summary>
    public EmulatorFault? Fault { get; }

    /// <summary>Returns the method, path and answered status (never the query string or headers, which may hold keys).</summary>
    /// <returns>For example <c>POST /api/v2/chat/requestChatQueue -&gt; 200</c>.</returns>
    public override string ToString()
        => $"{Method} {Path} -> {ResponseStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "dropped"}";
}
