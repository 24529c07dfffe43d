using System.Collections.Concurrent;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Polis.Gateway.Tests;

public sealed class DeviceSessionsTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task SendAsync_SubscribedDevice_OnlyThatDeviceReceives(MqttProtocolVersion version)
    {
        var a = await _host.ConnectAsync(FakeDevices.TokenA, version);
        var b = await _host.ConnectAsync(FakeDevices.TokenB, version);
        var toA = Record(a);
        var toB = Record(b);
        await a.SubscribeAsync("v1/devices/me/rpc/request/+", MqttQualityOfServiceLevel.AtLeastOnce);
        await b.SubscribeAsync("v1/devices/me/rpc/request/+", MqttQualityOfServiceLevel.AtLeastOnce);

        var sent = await _host.Sessions.SendAsync(FakeDevices.A.DeviceId, "v1/devices/me/rpc/request/7", Encoding.UTF8.GetBytes("""{"method":"reboot"}"""), atLeastOnce: true);
        Assert.True(sent);
        Assert.True(await _host.Sessions.SendAsync(FakeDevices.B.DeviceId, "v1/devices/me/rpc/request/8", Encoding.UTF8.GetBytes("{}"), atLeastOnce: true));

        await Wait.UntilAsync(() => !toA.IsEmpty && !toB.IsEmpty, "both devices receive their own command");
        Assert.Equal(("v1/devices/me/rpc/request/7", """{"method":"reboot"}""", MqttQualityOfServiceLevel.AtLeastOnce), toA.Single());
        Assert.Equal("v1/devices/me/rpc/request/8", toB.Single().Topic);
    }

    [Fact]
    public async Task SendAsync_NotSubscribedOrNotConnected_False()
    {
        await _host.ConnectAsync(FakeDevices.TokenA);

        Assert.False(await _host.Sessions.SendAsync(FakeDevices.A.DeviceId, "v1/devices/me/rpc/request/1", new byte[] { 1 }, atLeastOnce: true));
        Assert.False(await _host.Sessions.SendAsync("nobody", "v1/devices/me/rpc/request/1", new byte[] { 1 }, atLeastOnce: true));
    }

    [Fact]
    public async Task DisconnectAsync_ConnectedDevice_SessionClosedOthersKept()
    {
        var a = await _host.ConnectAsync(FakeDevices.TokenA);
        var a2 = await _host.ConnectAsync(FakeDevices.TokenA);
        var b = await _host.ConnectAsync(FakeDevices.TokenB);

        await _host.Sessions.DisconnectAsync(FakeDevices.A.DeviceId);

        await Wait.UntilAsync(() => !a.IsConnected && !a2.IsConnected, "both of A's connections are closed");
        // The client sees its socket close before the server has finished its own bookkeeping.
        await Wait.UntilAsync(() => !_host.Sessions.IsConnected(FakeDevices.A.DeviceId), "the gateway forgets A's sessions");
        Assert.True(_host.Sessions.IsConnected(FakeDevices.B.DeviceId));
        Assert.True(await b.TryPingAsync());
        await Wait.UntilAsync(() => _host.Ingest.Disconnected.Count(d => d.DeviceId == FakeDevices.A.DeviceId) == 2, "both disconnections reported");
    }

    private static ConcurrentQueue<(string Topic, string Payload, MqttQualityOfServiceLevel Qos)> Record(IMqttClient client)
    {
        var received = new ConcurrentQueue<(string, string, MqttQualityOfServiceLevel)>();
        client.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.ConvertPayloadToString(), e.ApplicationMessage.QualityOfServiceLevel));
            return Task.CompletedTask;
        };
        return received;
    }
}
