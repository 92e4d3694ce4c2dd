using System.Net;
using System.Net.Sockets;

namespace Omnidesk.Chat.Sample.Tests.Support;

/// <summary>A loopback address on a port that was free a moment ago, for apps that must know their address before they start.</summary>
internal static class FreePort
{
    public static Uri LoopbackAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
