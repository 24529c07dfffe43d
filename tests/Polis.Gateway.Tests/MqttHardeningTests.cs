using System.Net.Sockets;

namespace Polis.Gateway.Tests;

public sealed class MqttHardeningTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RawSocket_ConnectClaimingHugePacket_ClosedBeforeAuthentication()
    {
        // A minute-long connect timeout: only the packet cap can close this within the wait bound.
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Polis:Mqtt:ConnectTimeout"] = "00:01:00" });
        using var socket = new TcpClient();
        await socket.ConnectAsync("127.0.0.1", host.MqttPort);
        var stream = socket.GetStream();

        // CONNECT fixed header announcing 200 MB of remaining length (varint 0x80 0x80 0xAE 0x5F).
        await stream.WriteAsync(new byte[] { 0x10, 0x80, 0x80, 0xAE, 0x5F });

        Assert.Equal(0, await Wait.ForAsync(ReadToEndAsync(stream)));
        Assert.Empty(host.Ingest.Connected);
    }

    [Fact]
    public async Task RawSocket_SilentAfterTcpConnect_ClosedByConnectTimeout()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync("127.0.0.1", _host.MqttPort);

        // The host's ConnectTimeout (5 s default) ends it well within the 10 s bound.
        Assert.Equal(0, await Wait.ForAsync(ReadToEndAsync(socket.GetStream())));
    }

    private static async Task<int> ReadToEndAsync(NetworkStream stream)
    {
        var buffer = new byte[16];
        try
        {
            return await stream.ReadAsync(buffer);
        }
        catch (IOException)
        {
            return 0; // reset by the server counts as closed
        }
    }
}
