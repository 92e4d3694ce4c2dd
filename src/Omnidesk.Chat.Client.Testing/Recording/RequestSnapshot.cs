namespace Omnidesk.Chat.Client.Testing;

/// <summary>The parsed content of one incoming request, shared by the recorder and the endpoint handlers.</summary>
internal sealed class RequestSnapshot
{
    public required EmulatorEndpoint? Endpoint { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public required string QueryString { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Query { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public string? ContentType { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> FormFields { get; init; } = [];

    public IReadOnlyDictionary<string, string> Form { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<RecordedFile> Files { get; init; } = [];

    public string? JsonBody { get; init; }

    /// <summary>Gets the first value of a query parameter (names are case-insensitive), or <see langword="null"/>.</summary>
    public string? QueryValue(string name)
        => Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
