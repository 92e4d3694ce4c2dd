using System.Text.Json.Serialization.Metadata;

namespace Omnidesk.Chat.Client.Pipeline;

/// <summary>
/// What one API call is: its name in errors, logs and traces, its method, the service it addresses, its path
/// template, whether it may be retried, and how its answer is read. The SDK's own live in
/// <see cref="OmnideskOperations"/>; those of a user's Refit interface are made from the request.
/// </summary>
internal sealed class OmnideskOperation(string name, HttpMethod method, OmnideskApi api, string path, RetrySafety retrySafety)
{
    /// <summary>The operation's name as users read it, such as <c>notifyUserNewChatMessage</c>.</summary>
    public string Name { get; } = name;

    public HttpMethod Method { get; } = method;

    public OmnideskApi Api { get; } = api;

    /// <summary>The path template relative to the service's address; <c>{id}</c> stands for a chat id.</summary>
    public string Path { get; } = path;

    public RetrySafety RetrySafety { get; } = retrySafety;

    /// <summary>
    /// The result the pipeline reads a success into (<see cref="OmnideskAnswer"/>); <see langword="null"/> for a
    /// user's own endpoint, whose answer Refit reads.
    /// </summary>
    public JsonTypeInfo? Result { get; init; }

    /// <summary>The result of an empty success body, for the calls whose answer may be empty; otherwise an empty body is an error.</summary>
    public Func<object>? WhenEmpty { get; init; }

    /// <summary>The result of a success whose body says error (given its masked message); otherwise such a body is an error.</summary>
    public Func<string?, object>? WhenErrorBody { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
