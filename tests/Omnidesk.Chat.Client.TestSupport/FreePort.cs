using System.Net;
using System.Net.Sockets;

namespace Omnidesk.Chat.Client.TestSupport;

/// <summary>
/// A loopback port that was free a moment ago, for apps that must know their address before they start (the hookpoint
/// address goes into the configuration first). Another process may take it in between: use port 0 where the app can
/// tell its address after start.
/// </summary>
public static class FreePort
{
    /// <summary>A port on 127.0.0.1 that nothing listened on just now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary><c>http://127.0.0.1:{port}/</c> on a port from <see cref="Next"/>.</summary>
    public static Uri LoopbackAddress() => new($"http://127.0.0.1:{Next()}/");
}
