using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Omnidesk.Chat.Client.BrowserTests.Support;

/// <summary>
/// Middleware in front of the web sample that watches the page's event stream (<c>GET …/events</c>): it records each
/// connection's <c>Last-Event-ID</c>, and once, right after the server writes the event holding
/// <see cref="Marker"/>, closes the connection from the server's side. With <see cref="Deliver"/> false the event's
/// bytes never leave the server (the reader has consumed it, the browser never gets it): the hardest cut to resume.
/// </summary>
internal sealed class EventStreamCutter(string marker, bool deliver)
{
    private int _cut;

    public string Marker { get; } = marker;

    public bool Deliver { get; } = deliver;

    /// <summary>Each event-stream request in order: its Last-Event-ID, or null for a first connection.</summary>
    public ConcurrentQueue<string?> Connections { get; } = new();

    public bool HasCut => Volatile.Read(ref _cut) == 1;

    public void Use(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.Value!.EndsWith("/events", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        Connections.Enqueue(context.Request.Headers.TryGetValue("Last-Event-ID", out var id) ? id.ToString() : null);
        var body = context.Response.Body;
        context.Response.Body = new CuttingStream(this, context, body);
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }
    });

    private bool TryTakeTheCut() => Interlocked.CompareExchange(ref _cut, 1, 0) == 0;

    private sealed class CuttingStream(EventStreamCutter cutter, HttpContext context, Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!cutter.HasCut && Encoding.UTF8.GetString(buffer.Span).Contains(cutter.Marker, StringComparison.Ordinal) && cutter.TryTakeTheCut())
            {
                if (cutter.Deliver)
                {
                    await inner.WriteAsync(buffer, cancellationToken);
                    await inner.FlushAsync(cancellationToken);
                    await Task.Delay(200, CancellationToken.None); // the event reaches the browser first
                }

                context.Abort();
                return;
            }

            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override void Flush() => inner.Flush();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The event stream writes asynchronously.");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
