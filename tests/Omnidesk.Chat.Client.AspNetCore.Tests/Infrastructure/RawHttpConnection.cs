using System.Net.Sockets;
using System.Text;

namespace Omnidesk.Chat.Client.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A plain TCP connection to the test server, for what HttpClient will not send: broken chunk sizes, bodies that
/// stall or stop half way, a connection reset in the middle of a body.
/// </summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private RawHttpConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<RawHttpConnection> OpenAsync(Uri baseAddress)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        return new RawHttpConnection(client);
    }

    public static string PostHead(string path, string contentType, string framing) =>
        $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {contentType}\r\n{framing}\r\n\r\n";

    public Task SendAsync(string text) => SendAsync(Encoding.ASCII.GetBytes(text));

    public async Task SendAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>Reads the status line of the answer, or <see langword="null"/> when the server closed without one.</summary>
    public async Task<string?> ReadStatusLineAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var line = new StringBuilder();
        var one = new byte[1];
        try
        {
            while (await _stream.ReadAsync(one, cancel.Token) == 1)
            {
                if (one[0] == '\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                line.Append((char)one[0]);
            }
        }
        catch (IOException)
        {
            // The server reset the connection.
        }

        return line.Length == 0 ? null : line.ToString();
    }

    /// <summary>Closes with a TCP reset (linger 0), as a client that crashed or was killed does.</summary>
    public void Reset()
    {
        _client.LingerState = new LingerOption(true, 0);
        _client.Close();
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
