using System.Collections.Concurrent;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Polis.Platform.Commands;

namespace Polis.Gateway.Tests;

public sealed class MqttCommandTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RpcResponseV5_Waiting_AcceptedAndHandedOver()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);
        _host.Commands.Waiting[(FakeDevices.A.DeviceId, "41")] = 0;

        var result = await client.PublishStringAsync("v1/devices/me/rpc/response/41", """{"ok":true}""", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientPublishReasonCode.Success, result.ReasonCode);
        Assert.Equal((FakeDevices.A.DeviceId, "41", """{"ok":true}"""), _host.Commands.Responses.Single());
    }

    [Fact]
    public async Task RpcResponseV5_AnotherDevicesRequest_RefusedWithTopicNameInvalidAndConnectionKept()
    {
        var b = await _host.ConnectAsync(FakeDevices.TokenB);
        _host.Commands.Waiting[(FakeDevices.A.DeviceId, "41")] = 0; // A's request: B's connection cannot answer it

        var result = await b.PublishStringAsync("v1/devices/me/rpc/response/41", "{}", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientPublishReasonCode.TopicNameInvalid, result.ReasonCode);
        Assert.Contains("41", result.ReasonString, StringComparison.Ordinal);
        Assert.Equal(FakeDevices.B.DeviceId, _host.Commands.Responses.Single().DeviceId);
        Assert.True(_host.Commands.Waiting.ContainsKey((FakeDevices.A.DeviceId, "41")));
        Assert.True(await b.TryPingAsync());
    }

    [Fact]
    public async Task RpcResponseV311_Unknown_AckedAndConnectionKept()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA, MqttProtocolVersion.V311);

        await client.PublishStringAsync("v1/devices/me/rpc/response/999", "{}", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Single(_host.Commands.Responses);
        Assert.True(await client.TryPingAsync());
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task AttributesRequest_Subscribed_AnswerOnTheResponseTopicWithTheSameId(MqttProtocolVersion version)
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA, version);
        var received = Record(client);
        await client.SubscribeAsync("v1/devices/me/attributes/response/+", MqttQualityOfServiceLevel.AtLeastOnce);

        await client.PublishStringAsync("v1/devices/me/attributes/request/17", """{"sharedKeys":"owner"}""", MqttQualityOfServiceLevel.AtLeastOnce);

        await Wait.UntilAsync(() => !received.IsEmpty, "the attribute response arrives");
        Assert.Equal(("v1/devices/me/attributes/response/17", """{"shared":{"owner":"device-a"}}"""), received.Single());
    }

    [Fact]
    public async Task AttributesRequestV5_Malformed_PayloadFormatInvalid()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);

        var result = await client.PublishStringAsync("v1/devices/me/attributes/request/1", "nope", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, result.ReasonCode);
    }

    [Fact]
    public async Task SubscribeToRpcRequests_ReportsTheDeviceReady_OtherFiltersDoNot()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);
        await client.SubscribeAsync("v1/devices/me/attributes", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Empty(_host.Commands.Ready);

        await client.SubscribeAsync("v1/devices/me/rpc/request/+", MqttQualityOfServiceLevel.AtLeastOnce);

        await Wait.UntilAsync(() => !_host.Commands.Ready.IsEmpty, "the device is reported ready for commands");
        Assert.Equal(FakeDevices.A.DeviceId, _host.Commands.Ready.Single());
    }

    [Fact]
    public async Task RouterSend_Qos1Subscription_PubAckReportedAsAcknowledged()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);
        var received = Record(client);
        await client.SubscribeAsync("v1/devices/me/rpc/request/+", MqttQualityOfServiceLevel.AtLeastOnce);

        var outcome = await _host.Router.SendAsync(FakeDevices.A.DeviceId, "v1/devices/me/rpc/request/12", Encoding.UTF8.GetBytes("""{"method":"m","params":{}}"""));

        Assert.Equal(SendOutcome.SentAtLeastOnce, outcome);
        await Wait.UntilAsync(() => !_host.Commands.Acknowledged.IsEmpty, "the PUBACK is reported");
        Assert.Equal((FakeDevices.A.DeviceId, "12"), _host.Commands.Acknowledged.Single());
        Assert.Equal("v1/devices/me/rpc/request/12", received.Single().Topic);
    }

    [Fact]
    public async Task RouterSend_Outcomes_SayWhyNothingWasSent()
    {
        var payload = Encoding.UTF8.GetBytes("{}");
        Assert.Equal(SendOutcome.NotConnected, await _host.Router.SendAsync(FakeDevices.A.DeviceId, "v1/devices/me/rpc/request/1", payload));

        var client = await _host.ConnectAsync(FakeDevices.TokenA);
        Assert.Equal(SendOutcome.NotSubscribed, await _host.Router.SendAsync(FakeDevices.A.DeviceId, "v1/devices/me/rpc/request/1", payload));

        await client.SubscribeAsync("v1/devices/me/rpc/request/+", MqttQualityOfServiceLevel.AtMostOnce);
        Assert.Equal(SendOutcome.SentAtMostOnce, await _host.Router.SendAsync(FakeDevices.A.DeviceId, "v1/devices/me/rpc/request/1", payload));
    }

    private static ConcurrentQueue<(string Topic, string Payload)> Record(IMqttClient client)
    {
        var received = new ConcurrentQueue<(string, string)>();
        client.ApplicationMessageReceivedAsync += e =>
        {
            received.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.ConvertPayloadToString()));
            return Task.CompletedTask;
        };
        return received;
    }
}
