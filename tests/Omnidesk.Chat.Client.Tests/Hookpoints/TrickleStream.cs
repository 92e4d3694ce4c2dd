namespace Omnidesk.Chat.Client.Tests.Hookpoints;

/// <summary>A body that hands out at most a few bytes per read, as a slow network does, and counts what it gave.</summary>
internal sealed class TrickleStream(byte[] content, int maxBytesPerRead) : Stream
{
    private int _position;

    public int BytesGiven => _position;

    /// <summary>Gets the position at which reads throw <see cref="Failure"/>, as a reset connection does.</summary>
    public int FailAfter { get; init; } = int.MaxValue;

    public Exception? Failure { get; init; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= FailAfter && Failure is not null)
        {
            throw Failure;
        }

        var count = Math.Min(Math.Min(Math.Min(buffer.Length, maxBytesPerRead), content.Length - _position), FailAfter - _position);
        content.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
