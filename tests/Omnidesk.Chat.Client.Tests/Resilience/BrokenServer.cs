using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// A real socket on 127.0.0.1 that breaks HTTP the way a failing network or proxy does, which a well-behaved
/// server such as the emulator cannot: it closes each connection as soon as it is accepted, or once the request
/// headers have arrived, or it answers a status line and headers with half the promised body, or headers larger
/// than a client accepts, or, as a proxy, refuses every tunnel it is asked for.
/// </summary>
internal sealed class BrokenServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Behaviour _behaviour;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    private BrokenServer(Behaviour behaviour)
    {
        _behaviour = behaviour;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    private enum Behaviour { CloseOnAccept, CloseAfterHeaders, AnswerHalf, AnswerHugeHeaders, RefuseTunnel }

    public Uri Address { get; }

    /// <summary>How many connections the server accepted, that is how many attempts reached it.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Accepts each connection and closes it at once, before reading a byte of the request.</summary>
    public static BrokenServer ClosingOnAccept() => new(Behaviour.CloseOnAccept);

    /// <summary>Reads the request headers, then closes without answering (the body, if any, is never read).</summary>
    public static BrokenServer ClosingAfterHeaders() => new(Behaviour.CloseAfterHeaders);

    /// <summary>Reads the whole request, answers <c>200</c> with 200 bytes promised and 12 sent, then closes.</summary>
    public static BrokenServer AnsweringHalf() => new(Behaviour.AnswerHalf);

    /// <summary>Reads the whole request and answers <c>200</c> with a 100 KB header, past HttpClient's 64 KB limit.</summary>
    public static BrokenServer AnsweringHugeHeaders() => new(Behaviour.AnswerHugeHeaders);

    /// <summary>A proxy that answers every <c>CONNECT</c> with <c>403</c>, as one whose policy forbids the host does.</summary>
    public static BrokenServer RefusingTunnels() => new(Behaviour.RefuseTunnel);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            try
            {
                await BreakAsync(client.GetStream(), _stop.Token);
            }
            catch (IOException)
            {
                // The client gave up first; the next attempt gets a new connection.
            }
        }
    }

    private async Task BreakAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        switch (_behaviour)
        {
            case Behaviour.CloseAfterHeaders:
                await ReadRequestAsync(stream, readBody: false, cancellationToken);
                break;
            case Behaviour.AnswerHalf:
                await ReadRequestAsync(stream, readBody: true, cancellationToken);
                await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"type\":\"res"u8.ToArray(), cancellationToken);
                break;
            case Behaviour.AnswerHugeHeaders:
                await ReadRequestAsync(stream, readBody: true, cancellationToken);
                var answer = "HTTP/1.1 200 OK\r\nX-Padding: " + new string('a', 100 * 1024) + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), cancellationToken);
                break;
            case Behaviour.RefuseTunnel:
                await ReadRequestAsync(stream, readBody: false, cancellationToken);
                await stream.WriteAsync("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), cancellationToken);
                break;
        }

        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>Reads the headers and, when asked, the <c>Content-Length</c> body, so the whole request has arrived before the answer.</summary>
    private static async Task ReadRequestAsync(NetworkStream stream, bool readBody, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        var buffer = new byte[4096];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return;
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        if (!readBody)
        {
            return;
        }

        var headers = Encoding.ASCII.GetString(received.ToArray(), 0, headerEnd);
        var length = headers.Split("\r\n")
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var bodyReceived = received.Count - (headerEnd + 4);
        while (bodyReceived < length)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return;
            }

            bodyReceived += read;
        }
    }

    private static int IndexOfHeaderEnd(List<byte> received)
    {
        for (var i = 0; i + 3 < received.Count; i++)
        {
            if (received[i] == '\r' && received[i + 1] == '\n' && received[i + 2] == '\r' && received[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
