using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using Omnidesk.Chat.Client.Http.Internal;
using Omnidesk.Chat.Client.Resilience.Internal;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>
/// The one request builder of the v2 Chat API: a <c>multipart/form-data</c> body holding only the fields that
/// were set, and at most one file part that is streamed from the caller's stream (never buffered, never
/// disposed). The text is encoded once into a pooled buffer; the length is known up front unless the file's
/// stream cannot seek, in which case the body goes chunked.
/// </summary>
internal sealed partial class ChatFormContent : HttpContent, IResendableContent, IFormFields
{
    private const string MediaTypePrefix = "multipart/form-data; boundary=";
    private const int BoundaryLength = 32;

    private readonly Guid _boundary = FormBoundary.Next();
    private readonly FormField[] _fields;
    private int _count;
    private FilePart? _file;
    private int _headLength = -1;
    private bool _sent;

    /// <param name="capacity">The most text fields the request can have.</param>
    public ChatFormContent(int capacity)
    {
        _fields = capacity == 0 ? [] : new FormField[capacity];
        Headers.TryAddWithoutValidation("Content-Type", string.Create(MediaTypePrefix.Length + BoundaryLength, _boundary, static (span, boundary) =>
        {
            MediaTypePrefix.CopyTo(span);
            boundary.TryFormat(span[MediaTypePrefix.Length..], out _, "N");
        }));
    }

    /// <summary>Adds a text field; a <see langword="null"/> value is not sent.</summary>
    public ChatFormContent Add(string name, string? value)
    {
        if (value is not null)
        {
            _fields[_count++] = new FormField(name, value);
            _headLength = -1;
        }

        return this;
    }

    /// <summary>Adds a number in invariant culture; <see langword="null"/> is not sent.</summary>
    public ChatFormContent Add(string name, int? value) =>
        value is { } number ? Add(name, number.ToString(CultureInfo.InvariantCulture)) : this;

    /// <summary>Adds a boolean as <c>true</c> or <c>false</c>; <see langword="null"/> is not sent.</summary>
    public ChatFormContent Add(string name, bool? value) =>
        value is { } flag ? Add(name, flag ? "true" : "false") : this;

    /// <summary>Sets the file part, sent after the text fields and read from <paramref name="content"/>'s current position.</summary>
    public ChatFormContent SetFile(string name, Stream content, string fileName, string contentType)
    {
        _file = new FilePart(name, content, EscapeFileName(fileName), contentType, content.CanSeek ? content.Position : -1);
        _headLength = -1;
        return this;
    }

    /// <summary>The value of the text field <paramref name="name"/>, or <see langword="null"/> when it is not sent.</summary>
    public string? ValueOf(string name)
    {
        foreach (var field in _fields.AsSpan(0, _count))
        {
            if (field.Name == name)
            {
                return field.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the body can be written again: it has no file, its file's stream can seek back, or it was never written.</summary>
    public bool CanSendAgain => _file is not { } file || file.Content.CanSeek || !_sent;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var headLength = HeadLength();
        var tailLength = TailLength();
        var buffer = ArrayPool<byte>.Shared.Rent(headLength + tailLength);
        try
        {
            WriteHead(buffer.AsSpan(0, headLength));
            WriteTail(buffer.AsSpan(headLength, tailLength));
            if (_file is not { } file)
            {
                await stream.WriteAsync(buffer.AsMemory(0, headLength + tailLength), cancellationToken).ConfigureAwait(false);
                return;
            }

            RewindFile(file);
            await stream.WriteAsync(buffer.AsMemory(0, headLength), cancellationToken).ConfigureAwait(false);
            await file.Content.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(buffer.AsMemory(headLength, tailLength), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = (long)HeadLength() + TailLength();
        if (_file is not { } file)
        {
            return true;
        }

        if (!file.Content.CanSeek)
        {
            length = 0;
            return false;
        }

        length += Math.Max(0, file.Content.Length - file.Start);
        return true;
    }

    private void RewindFile(FilePart file)
    {
        if (_sent)
        {
            if (!file.Content.CanSeek)
            {
                throw new InvalidOperationException("The attachment's stream was already sent once and cannot seek back, so the request cannot be sent again. Pass a seekable stream to allow retries.");
            }

            file.Content.Position = file.Start;
        }

        _sent = true;
    }

    /// <summary>
    /// The file name as browsers put it in a quoted <c>filename</c> (WHATWG HTML form encoding): UTF-8 as it is,
    /// with <c>"</c> written as <c>%22</c>. Control characters were refused before.
    /// </summary>
    private static string EscapeFileName(string fileName) =>
        fileName.Contains('"', StringComparison.Ordinal) ? fileName.Replace("\"", "%22", StringComparison.Ordinal) : fileName;

    private readonly record struct FormField(string Name, string Value);

    private sealed record FilePart(string Name, Stream Content, string FileName, string ContentType, long Start);
}
