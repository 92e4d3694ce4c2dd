namespace Omnidesk.Chat.Client.Hookpoints;

/// <summary>The agent sent a file to the customer (<c>uploadForCustomer</c>).</summary>
/// <remarks>
/// <see cref="Content"/> reads the file straight from the request body while it arrives when <c>sessionID</c> came
/// before the file; when the file came first, from a private temporary file holding it (deleted afterwards). It is
/// never buffered whole in memory. Read it inside your handler; it is unusable once the handler has returned.
/// Reading past the configured maximum file size throws a <see cref="HookpointBodyException"/> (the request is
/// then answered 413). If you return without reading to the end, the rest is discarded and the answer is still
/// <c>ok</c>.
/// </remarks>
/// <param name="SessionId">The chat session id (<c>sessionID</c>).</param>
/// <param name="FileName">
/// The file's name, made safe: no directories, no control or reserved characters, length-capped;
/// <c>file</c> when nothing usable was sent. Still treat it as untrusted text.
/// </param>
/// <param name="ContentType">The part's content type as sent, or <see langword="null"/> when none was sent.</param>
/// <param name="Length">The file's length in bytes when known (declared by the sender, or the file was held first), otherwise <see langword="null"/>.</param>
/// <param name="Content">A forward-only stream over the file's bytes.</param>
public sealed record AgentFileEvent(string SessionId, string FileName, string? ContentType, long? Length, Stream Content)
    : OmnideskHookpointEvent(SessionId)
{
    /// <inheritdoc/>
    public override HookpointKind Kind => HookpointKind.UploadForCustomer;
}
