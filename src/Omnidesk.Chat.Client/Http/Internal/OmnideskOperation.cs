namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// What one API call is: its name in errors, logs and traces, its method, the service it addresses, and
/// whether it may be retried. The instances live in <see cref="OmnideskOperations"/>.
/// </summary>
internal sealed class OmnideskOperation(string name, HttpMethod method, OmnideskApi api, string path, RetrySafety retrySafety)
{
    /// <summary>The operation's name as users read it, such as <c>notifyUserNewChatMessage</c>.</summary>
    public string Name { get; } = name;

    public HttpMethod Method { get; } = method;

    public OmnideskApi Api { get; } = api;

    /// <summary>The path relative to the service's address; <c>{id}</c> stands for a chat id.</summary>
    public string Path { get; } = path;

    public RetrySafety RetrySafety { get; } = retrySafety;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
