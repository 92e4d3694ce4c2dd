namespace Omnidesk.Chat.Client.Testing;

/// <summary>A customer file the emulator stored from <c>addAttachment</c>.</summary>
public sealed record EmulatedAttachment
{
    /// <summary>Gets the message id the upload answered (sequential, shared with messages).</summary>
    public required int MessageId { get; init; }

    /// <summary>Gets the ticket the file went to.</summary>
    public required int TicketId { get; init; }

    /// <summary>Gets the file name the part declared, if any.</summary>
    public string? FileName { get; init; }

    /// <summary>Gets the content type the part declared, if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>Gets the bytes received.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Gets when the emulator received the file.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
