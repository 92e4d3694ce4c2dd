namespace Omnidesk.Chat.Client.Http.Internal;

/// <summary>
/// A request made by <see cref="OmnideskTransport.CreateRequest"/>: it carries its operation to the handlers (the
/// resilience handler reads its name and retry rule) as a field, not through a per-request options dictionary.
/// </summary>
internal sealed class OmnideskRequest(OmnideskOperation operation, Uri requestUri) : HttpRequestMessage(operation.Method, requestUri)
{
    public OmnideskOperation Operation { get; } = operation;
}
