using System.Net;
using System.Net.Sockets;

namespace Polis.EndToEnd.Tests.Infrastructure;

/// <summary>Finds unused loopback ports so test processes never collide with each other or a running Polis.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
