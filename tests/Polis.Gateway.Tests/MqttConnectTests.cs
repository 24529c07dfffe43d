using MQTTnet;
using MQTTnet.Formatter;

namespace Polis.Gateway.Tests;

public sealed class MqttConnectTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(MqttProtocolVersion.V311, "wrong-token")]
    [InlineData(MqttProtocolVersion.V500, "wrong-token")]
    [InlineData(MqttProtocolVersion.V311, null)]
    [InlineData(MqttProtocolVersion.V500, null)]
    public async Task Connect_UnknownOrMissingToken_RefusedNotAuthorized(MqttProtocolVersion version, string? token)
    {
        var result = await _host.TryConnectAsync(_host.Options(token, version).Build());

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, result);
        Assert.Empty(_host.Ingest.Connected);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task Connect_ValidToken_ConnectedAndReportedOnce(MqttProtocolVersion version)
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA, version);

        await Wait.UntilAsync(() => _host.Ingest.Connected.Count == 1, "the platform hears of the connection");
        Assert.True(_host.Sessions.IsConnected(FakeDevices.A.DeviceId));

        await client.DisconnectAsync();
        await Wait.UntilAsync(() => _host.Ingest.Disconnected.Count == 1, "the platform hears of the disconnection");
        Assert.Equal(_host.Ingest.Connected.Single(), _host.Ingest.Disconnected.Single());
        Assert.False(_host.Sessions.IsConnected(FakeDevices.A.DeviceId));
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task Connect_EmptyClientIdWithCleanSession_Accepted(MqttProtocolVersion version)
    {
        var client = _host.NewClient();
        var options = _host.Options(FakeDevices.TokenA, version, clientId: "").WithCleanSession(true).Build();

        var result = await client.ConnectAsync(options);

        Assert.Equal(MqttClientConnectResultCode.Success, result.ResultCode);
        var publish = await client.PublishStringAsync("v1/devices/me/telemetry", """{"t":1}""", MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.True(publish.IsSuccess);
    }

    [Fact]
    public async Task Connect_SameClientIdAsAnotherDevice_RefusedAndHolderKept()
    {
        var holder = await _host.ConnectAsync(FakeDevices.TokenA, clientId: "shared-id");

        var result = await _host.TryConnectAsync(_host.Options(FakeDevices.TokenB, MqttProtocolVersion.V500, "shared-id").Build());

        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, result);
        Assert.True(await holder.TryPingAsync());
    }

    [Fact]
    public async Task Connect_TakeoverBySameDevice_EachSessionReportedOnce()
    {
        var first = await _host.ConnectAsync(FakeDevices.TokenA, clientId: "dev-a");
        var second = await _host.ConnectAsync(FakeDevices.TokenA, clientId: "dev-a");

        await Wait.UntilAsync(() => _host.Ingest.Connected.Count == 2 && _host.Ingest.Disconnected.Count == 1, "takeover reported");
        var sessions = _host.Ingest.Connected.Select(c => c.SessionId).ToArray();
        Assert.NotEqual(sessions[0], sessions[1]);
        Assert.Equal(sessions[0], _host.Ingest.Disconnected.Single().SessionId);
        Assert.True(_host.Sessions.IsConnected(FakeDevices.A.DeviceId));
        Assert.True(await second.TryPingAsync());
        Assert.False(first.IsConnected && await first.TryPingAsync());
    }
}
