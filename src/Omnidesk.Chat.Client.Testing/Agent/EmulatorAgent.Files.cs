namespace Omnidesk.Chat.Client.Testing;

public sealed partial class EmulatorAgent
{
    private const string DefaultContentType = "application/octet-stream";

    /// <summary>
    /// POSTs an agent file to <c>{chatServer}/uploadForCustomer</c> as <c>multipart/form-data</c> (always: a file
    /// has no form-urlencoded or JSON form in the documents) with the file part <c>file</c> and the field
    /// <c>sessionID</c>. The stream is sent as it is read, not buffered, and is not disposed.
    /// </summary>
    /// <param name="sessionId">The session whose <c>chatServer</c> receives the file.</param>
    /// <param name="fileName">The file name of the part.</param>
    /// <param name="content">The file content, read from its current position.</param>
    /// <param name="contentType">The content type of the part.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="InvalidOperationException">The emulator has no such session.</exception>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public Task<HookpointDelivery> SendFileAsync(
        string sessionId,
        string fileName,
        Stream content,
        string contentType = DefaultContentType,
        CancellationToken cancellationToken = default)
        => SendFileAsync(ChatServerOf(sessionId), sessionId, fileName, content, contentType, cancellationToken);

    /// <summary>POSTs an agent file given as bytes; see the <see cref="Stream"/> overload.</summary>
    /// <param name="sessionId">The session whose <c>chatServer</c> receives the file.</param>
    /// <param name="fileName">The file name of the part.</param>
    /// <param name="content">The file content.</param>
    /// <param name="contentType">The content type of the part.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="InvalidOperationException">The emulator has no such session.</exception>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public Task<HookpointDelivery> SendFileAsync(
        string sessionId,
        string fileName,
        byte[] content,
        string contentType = DefaultContentType,
        CancellationToken cancellationToken = default)
        => SendFileAsync(ChatServerOf(sessionId), sessionId, fileName, content, contentType, cancellationToken);

    /// <summary>POSTs an agent file to <c>{chatServer}/uploadForCustomer</c> under any base address.</summary>
    /// <param name="chatServer">The hookpoint base.</param>
    /// <param name="sessionId">The <c>sessionID</c> to send.</param>
    /// <param name="fileName">The file name of the part.</param>
    /// <param name="content">The file content, read from its current position, not disposed.</param>
    /// <param name="contentType">The content type of the part.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public Task<HookpointDelivery> SendFileAsync(
        Uri chatServer,
        string sessionId,
        string fileName,
        Stream content,
        string contentType = DefaultContentType,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        HookpointField[] fields = [new("sessionID", sessionId)];
        var action = new AgentAction(AgentActionKind.File, sessionId)
        {
            FileName = fileName,
            ContentType = contentType,
            Size = content.CanSeek ? content.Length - content.Position : null,
        };
        return PostAsync(chatServer, "/uploadForCustomer", HookpointContent.MultipartWithFile(content, fileName, contentType, fields), action, cancellationToken);
    }

    /// <summary>POSTs an agent file given as bytes under any base address.</summary>
    /// <param name="chatServer">The hookpoint base.</param>
    /// <param name="sessionId">The <c>sessionID</c> to send.</param>
    /// <param name="fileName">The file name of the part.</param>
    /// <param name="content">The file content.</param>
    /// <param name="contentType">The content type of the part.</param>
    /// <param name="cancellationToken">Cancels the POST.</param>
    /// <returns>The hookpoint's status and body.</returns>
    /// <exception cref="HttpRequestException">The hookpoint could not be reached.</exception>
    public async Task<HookpointDelivery> SendFileAsync(
        Uri chatServer,
        string sessionId,
        string fileName,
        byte[] content,
        string contentType = DefaultContentType,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        return await SendFileAsync(chatServer, sessionId, fileName, stream, contentType, cancellationToken).ConfigureAwait(false);
    }
}
