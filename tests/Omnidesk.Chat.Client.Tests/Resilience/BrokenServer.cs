using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Omnidesk.Chat.Client.Tests.Resilience;

/// <summary>
/// A real socket on 127.0.0.1 that breaks HTTP the way a failing network or proxy does, which a well-behaved
/// server such as the emulator cannot: it closes each connection as soon as it is accepted, or it answers a
/// status line, headers and half the promised body, then closes.
/// </summary>
internal sealed class BrokenServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly bool _answerHalf;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    private BrokenServer(bool answerHalf)
    {
        _answerHalf = answerHalf;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri Address { get; }

    /// <summary>How many connections the server accepted, that is how many attempts reached it.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Accepts each connection and closes it at once, before reading a byte of the request.</summary>
    public static BrokenServer ClosingOnAccept() => new(answerHalf: false);

    /// <summary>Reads the whole request, answers <c>200</c> with 200 bytes promised and 12 sent, then closes.</summary>
    public static BrokenServer AnsweringHalf() => new(answerHalf: true);

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
            if (_answerHalf)
            {
                try
                {
                    await AnswerHalfAsync(client.GetStream(), _stop.Token);
                }
                catch (IOException)
                {
                    // The client gave up first; the next attempt gets a new connection.
                }
            }
        }
    }

    private static async Task AnswerHalfAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        await ReadRequestAsync(stream, cancellationToken);
        var answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"type\":\"res"u8.ToArray();
        await stream.WriteAsync(answer, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>Reads the headers and the <c>Content-Length</c> body, so the whole request has arrived before the answer.</summary>
    private static async Task ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
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
