using System.Net.Http.Headers;
using Omnidesk.Chat.Client.Pipeline;
using Omnidesk.Chat.Client.Validation;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>The file upload: session fields in the query, the file streamed as the body's only part.</summary>
internal sealed partial class OmnideskChatApi
{
    public Task<AttachmentResult> AddAttachmentAsync(Stream content, string fileName, string contentType, AttachmentUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(upload);
        if (!content.CanRead)
        {
            throw new ArgumentException("The attachment's stream cannot be read.", nameof(content));
        }

        if (content.CanSeek && content.Position >= content.Length)
        {
            // An empty upload is almost always a stream that was written and not rewound.
            throw new ArgumentException("The attachment's stream is at its end, so the file would be empty: set its Position to 0 before uploading.", nameof(content));
        }

        if (fileName.AsSpan().ContainsAnyInRange('\0', '\u001f') || fileName.Contains('\u007f', StringComparison.Ordinal))
        {
            throw new ArgumentException("The file name must not contain control characters such as line breaks.", nameof(fileName));
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out _))
        {
            throw new ArgumentException($"'{contentType}' is not a media type such as application/pdf.", nameof(contentType));
        }

        var chatServer = ChatDefaults.ChatServer(upload.ChatServer, Options);
        FieldRules.SessionId.Require(upload.ChatSessionId);
        var chatAccountToken = ChatDefaults.ChatAccountToken(upload.ChatAccountToken, Options);

        var file = new AttachmentPart(content, fileName, contentType);
        return OmnideskAnswer.ReadAsync<AttachmentResult>(chat.AddAttachmentAsync(chatServer, upload.ChatSessionId, chatAccountToken, file, cancellationToken));
    }
}
