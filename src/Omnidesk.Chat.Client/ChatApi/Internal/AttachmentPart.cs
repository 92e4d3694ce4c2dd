using System.Net;
using Omnidesk.Chat.Client.Pipeline;
using Refit;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>
/// The file part of <c>addAttachment</c>: streamed from the caller's stream at its current position, never
/// buffered whole and never disposed (the caller owns it), and written again on a retry only when the stream can
/// seek back to where it started or was not read yet (<see cref="IResendableContent"/>).
/// </summary>
internal sealed class AttachmentPart(Stream file, string fileName, string contentType) : MultipartItem(fileName, contentType, "file")
{
    protected override HttpContent CreateContent() => new Content(file);

    private sealed class Content(Stream file) : HttpContent, IResendableContent
    {
        private readonly long _start = file.CanSeek ? file.Position : -1;
        private bool _sent;

        public bool CanSendAgain => file.CanSeek || !_sent;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            if (_sent)
            {
                if (!file.CanSeek)
                {
                    throw new InvalidOperationException("The attachment's stream was already sent once and cannot seek back, so the request cannot be sent again. Pass a seekable stream to allow retries.");
                }

                file.Position = _start;
            }

            _sent = true;
            return file.CopyToAsync(stream, cancellationToken);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = file.CanSeek ? Math.Max(0, file.Length - _start) : 0;
            return file.CanSeek;
        }
    }
}
