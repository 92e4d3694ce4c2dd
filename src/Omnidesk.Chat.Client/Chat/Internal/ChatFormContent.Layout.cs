using System.Text;

namespace Omnidesk.Chat.Client.ChatApi.Internal;

/// <summary>The byte layout of the multipart body: lengths and writers of the parts around the file.</summary>
internal sealed partial class ChatFormContent
{
    private static ReadOnlySpan<byte> Dashes => "--"u8;

    private static ReadOnlySpan<byte> NewLine => "\r\n"u8;

    private static ReadOnlySpan<byte> DispositionStart => "Content-Disposition: form-data; name=\""u8;

    private static ReadOnlySpan<byte> FileNameStart => "\"; filename=\""u8;

    private static ReadOnlySpan<byte> ContentTypeStart => "Content-Type: "u8;

    /// <summary><c>--boundary\r\n</c> then the disposition's start.</summary>
    private static int PartStartLength => Dashes.Length + BoundaryLength + NewLine.Length + DispositionStart.Length;

    /// <summary>The bytes of every text part and of the file part's headers.</summary>
    private int HeadLength()
    {
        if (_headLength >= 0)
        {
            return _headLength;
        }

        var length = 0;
        for (var i = 0; i < _count; i++)
        {
            ref readonly var field = ref _fields[i];
            length += PartStartLength + Encoding.UTF8.GetByteCount(field.Name) + 1 + (2 * NewLine.Length)
                + Encoding.UTF8.GetByteCount(field.Value) + NewLine.Length;
        }

        if (_file is { } file)
        {
            length += PartStartLength + Encoding.UTF8.GetByteCount(file.Name) + FileNameStart.Length
                + Encoding.UTF8.GetByteCount(file.FileName) + 1 + NewLine.Length
                + ContentTypeStart.Length + Encoding.UTF8.GetByteCount(file.ContentType) + (2 * NewLine.Length);
        }

        return _headLength = length;
    }

    /// <summary>The bytes after the file (its line break) and the closing boundary.</summary>
    private int TailLength() =>
        (_file is null ? 0 : NewLine.Length) + Dashes.Length + BoundaryLength + Dashes.Length + NewLine.Length;

    private void WriteHead(Span<byte> destination)
    {
        var at = 0;
        for (var i = 0; i < _count; i++)
        {
            ref readonly var field = ref _fields[i];
            at += WritePartStart(destination[at..], field.Name);
            at += Write(destination[at..], "\""u8);
            at += Write(destination[at..], NewLine);
            at += Write(destination[at..], NewLine);
            at += Encoding.UTF8.GetBytes(field.Value, destination[at..]);
            at += Write(destination[at..], NewLine);
        }

        if (_file is { } file)
        {
            at += WritePartStart(destination[at..], file.Name);
            at += Write(destination[at..], FileNameStart);
            at += Encoding.UTF8.GetBytes(file.FileName, destination[at..]);
            at += Write(destination[at..], "\""u8);
            at += Write(destination[at..], NewLine);
            at += Write(destination[at..], ContentTypeStart);
            at += Encoding.UTF8.GetBytes(file.ContentType, destination[at..]);
            at += Write(destination[at..], NewLine);
            Write(destination[at..], NewLine);
        }
    }

    private void WriteTail(Span<byte> destination)
    {
        var at = _file is null ? 0 : Write(destination, NewLine);
        at += Write(destination[at..], Dashes);
        at += WriteBoundary(destination[at..]);
        at += Write(destination[at..], Dashes);
        Write(destination[at..], NewLine);
    }

    private int WritePartStart(Span<byte> destination, string name)
    {
        var at = Write(destination, Dashes);
        at += WriteBoundary(destination[at..]);
        at += Write(destination[at..], NewLine);
        at += Write(destination[at..], DispositionStart);
        return at + Encoding.UTF8.GetBytes(name, destination[at..]);
    }

    private int WriteBoundary(Span<byte> destination)
    {
        _boundary.TryFormat(destination, out var written, "N");
        return written;
    }

    private static int Write(Span<byte> destination, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination);
        return bytes.Length;
    }
}
