namespace Omnidesk.Chat.Client.Testing;

/// <summary>A file part of a multipart request the emulator received.</summary>
public sealed class RecordedFile
{
    internal RecordedFile(string name, string? fileName, string? contentType, byte[] content)
    {
        Name = name;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    /// <summary>Gets the form field name of the part (for example <c>file</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the file name the part declared, if any.</summary>
    public string? FileName { get; }

    /// <summary>Gets the content type the part declared, if any.</summary>
    public string? ContentType { get; }

    /// <summary>Gets the bytes of the part.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {FileName} ({ContentType}, {Content.Length} bytes)";
}
