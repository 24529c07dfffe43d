using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Tests;

public sealed class MqttPublishTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PublishTelemetry_IngestPending_NoPubAckUntilIngestCompletes()
    {
        var release = new TaskCompletionSource<IngestResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Ingest.Behavior = (_, _) => release.Task;
        var client = await _host.ConnectAsync(FakeDevices.TokenA);

        var publish = client.PublishStringAsync("v1/devices/me/telemetry", """{"temp":21.5}""", MqttQualityOfServiceLevel.AtLeastOnce);
        await Wait.UntilAsync(() => !_host.Ingest.Messages.IsEmpty, "the ingest receives the message");
        Assert.False(publish.IsCompleted);

        release.SetResult(IngestResult.Ok(1));
        var result = await Wait.ForAsync(publish);

        Assert.Equal(MqttClientPublishReasonCode.Success, result.ReasonCode);
        Assert.Equal((FakeDevices.A.DeviceId, "telemetry", """{"temp":21.5}"""), _host.Ingest.Messages.Single());
    }

    [Fact]
    public async Task PublishAttributes_Accepted_GoesToAttributeIngest()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenB);

        var result = await client.PublishStringAsync("v1/devices/me/attributes", """{"fw":"1.2"}""", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.True(result.IsSuccess);
        Assert.Equal((FakeDevices.B.DeviceId, "attributes", """{"fw":"1.2"}"""), _host.Ingest.Messages.Single());
    }

    [Fact]
    public async Task PublishQos0_Accepted_ReachesIngest()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);

        await client.PublishStringAsync("v1/devices/me/telemetry", """{"q":0}""", MqttQualityOfServiceLevel.AtMostOnce);

        await Wait.UntilAsync(() => _host.Ingest.Messages.Count == 1, "the QoS 0 message reaches the ingest");
    }

    [Theory]
    [InlineData(RejectionReason.MalformedPayload, MqttClientPublishReasonCode.PayloadFormatInvalid)]
    [InlineData(RejectionReason.InvalidValue, MqttClientPublishReasonCode.PayloadFormatInvalid)]
    [InlineData(RejectionReason.OutOfRange, MqttClientPublishReasonCode.PayloadFormatInvalid)]
    [InlineData(RejectionReason.InvalidTimestamp, MqttClientPublishReasonCode.PayloadFormatInvalid)]
    [InlineData(RejectionReason.RateLimited, MqttClientPublishReasonCode.QuotaExceeded)]
    [InlineData(RejectionReason.Unavailable, MqttClientPublishReasonCode.ImplementationSpecificError)]
    public async Task PublishV5_IngestRejects_PubAckCarriesReasonCodeAndString(RejectionReason reason, MqttClientPublishReasonCode expected)
    {
        _host.Ingest.Behavior = (_, _) => Task.FromResult(IngestResult.Reject(reason, "because " + reason));
        var client = await _host.ConnectAsync(FakeDevices.TokenA);

        var result = await client.PublishStringAsync("v1/devices/me/telemetry", "{}", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(expected, result.ReasonCode);
        Assert.Equal("because " + reason, result.ReasonString);
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task PublishV5_IngestThrows_UnavailableAndBrokerKeepsServing()
    {
        _host.Ingest.Behavior = (_, _) => throw new InvalidOperationException("store down");
        var client = await _host.ConnectAsync(FakeDevices.TokenA);

        var failed = await client.PublishStringAsync("v1/devices/me/telemetry", "{}", MqttQualityOfServiceLevel.AtLeastOnce);
        _host.Ingest.Behavior = (_, _) => Task.FromResult(IngestResult.Ok(1));
        var next = await client.PublishStringAsync("v1/devices/me/telemetry", "{}", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientPublishReasonCode.ImplementationSpecificError, failed.ReasonCode);
        Assert.True(next.IsSuccess);
    }

    [Fact]
    public async Task PublishV311_IngestRejects_ClientDisconnectedWithoutAck()
    {
        _host.Ingest.Behavior = (_, _) => Task.FromResult(IngestResult.Reject(RejectionReason.MalformedPayload, "not json"));
        var client = await _host.ConnectAsync(FakeDevices.TokenA, MqttProtocolVersion.V311);
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.DisconnectedAsync += _ =>
        {
            disconnected.TrySetResult();
            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<Exception>(() => client.PublishStringAsync("v1/devices/me/telemetry", "nope", MqttQualityOfServiceLevel.AtLeastOnce));

        await Wait.ForAsync(disconnected.Task);
        await Wait.UntilAsync(() => _host.Ingest.Disconnected.Count == 1, "the platform hears of the disconnection");
    }

    [Fact]
    public async Task PublishV5_PayloadOverLimitWithinPacketCap_DisconnectedWithPacketTooLarge()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);
        var disconnected = new TaskCompletionSource<MqttClientDisconnectReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.DisconnectedAsync += e =>
        {
            disconnected.TrySetResult(e.Reason);
            return Task.CompletedTask;
        };

        var payload = new byte[GatewayHost.MaxPayloadBytes + 10];
        _ = client.PublishBinaryAsync("v1/devices/me/telemetry", payload, MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientDisconnectReason.PacketTooLarge, await Wait.ForAsync(disconnected.Task));
        Assert.Empty(_host.Ingest.Messages);
        Assert.Contains((FakeDevices.A.DeviceId, RejectionReason.PayloadTooLarge), _host.Ingest.Rejections);
    }

    [Fact]
    public async Task Publish_PacketOverCap_ConnectionClosedOtherClientsUnharmed()
    {
        var victim = await _host.ConnectAsync(FakeDevices.TokenB);
        var attacker = await _host.ConnectAsync(FakeDevices.TokenA, MqttProtocolVersion.V311);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        attacker.DisconnectedAsync += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        var huge = new byte[GatewayHost.MaxPayloadBytes * 64];
        _ = attacker.PublishBinaryAsync("v1/devices/me/telemetry", huge, MqttQualityOfServiceLevel.AtLeastOnce);

        await Wait.ForAsync(closed.Task);
        var ok = await victim.PublishStringAsync("v1/devices/me/telemetry", """{"still":"fine"}""", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.True(ok.IsSuccess);
        Assert.DoesNotContain(_host.Ingest.Messages, m => m.DeviceId == FakeDevices.A.DeviceId);
        await Wait.UntilAsync(() => _host.Ingest.Rejections.Contains((FakeDevices.A.DeviceId, RejectionReason.PayloadTooLarge)), "the oversized packet is counted");
    }

    [Fact]
    public async Task WebSocket_ConnectAndPublish_Acked()
    {
        var client = _host.NewClient();
        var options = new MqttClientOptionsBuilder()
            .WithWebSocketServer(o => o.WithUri($"ws://127.0.0.1:{_host.HttpAddress.Port}/mqtt"))
            .WithCredentials(FakeDevices.TokenA, "")
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .Build();

        await client.ConnectAsync(options);
        var result = await client.PublishStringAsync("v1/devices/me/telemetry", """{"ws":1}""", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.True(result.IsSuccess);
        Assert.Equal((FakeDevices.A.DeviceId, "telemetry", """{"ws":1}"""), _host.Ingest.Messages.Single());
    }

    [Fact]
    public async Task WebSocket_WrongToken_Refused()
    {
        var options = new MqttClientOptionsBuilder()
            .WithWebSocketServer(o => o.WithUri($"ws://127.0.0.1:{_host.HttpAddress.Port}/mqtt"))
            .WithCredentials("nobody", "")
            .Build();

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, await _host.TryConnectAsync(options));
        Assert.Empty(_host.Ingest.Connected);
    }
}
