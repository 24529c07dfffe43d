using System.Collections.Concurrent;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Tests;

public sealed class MqttAclTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("v1/devices/other/telemetry")]
    [InlineData("v1/devices/me/telemetry/extra")]
    [InlineData("v1/devices/me/attributes/response/1")]
    [InlineData("$SYS/broker")]
    public async Task PublishV5_ForeignTopic_NotAuthorizedAndCounted(string topic)
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);

        var result = await client.PublishStringAsync(topic, "{}", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, result.ReasonCode);
        Assert.Empty(_host.Ingest.Messages);
        Assert.Contains((FakeDevices.A.DeviceId, RejectionReason.TopicNotAllowed), _host.Ingest.Rejections);
    }

    [Fact]
    public async Task PublishV311_ForeignTopic_Disconnected()
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA, MqttProtocolVersion.V311);

        await Assert.ThrowsAnyAsync<Exception>(() => client.PublishStringAsync("v1/devices/other/telemetry", "{}", MqttQualityOfServiceLevel.AtLeastOnce));

        await Wait.UntilAsync(() => !client.IsConnected, "the client is disconnected");
        Assert.Contains((FakeDevices.A.DeviceId, RejectionReason.TopicNotAllowed), _host.Ingest.Rejections);
    }

    [Theory]
    [InlineData("v1/devices/me/rpc/request/9")] // client-side RPC: RPC answers and attribute requests have handlers (MqttCommandTests)
    public async Task PublishV5_AllowedTopicWithoutPlatformHandler_AckedNoMatchingSubscribers(string topic)
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);

        var result = await client.PublishStringAsync(topic, "{}", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientPublishReasonCode.NoMatchingSubscribers, result.ReasonCode);
        Assert.Empty(_host.Ingest.Rejections);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V500, "#", MqttClientSubscribeResultCode.NotAuthorized)]
    [InlineData(MqttProtocolVersion.V500, "v1/devices/+/telemetry", MqttClientSubscribeResultCode.NotAuthorized)]
    [InlineData(MqttProtocolVersion.V500, "v1/devices/device-b/attributes", MqttClientSubscribeResultCode.NotAuthorized)]
    [InlineData(MqttProtocolVersion.V500, "v1/devices/me/#", MqttClientSubscribeResultCode.NotAuthorized)]
    [InlineData(MqttProtocolVersion.V500, "v1/devices/me/telemetry", MqttClientSubscribeResultCode.NotAuthorized)]
    [InlineData(MqttProtocolVersion.V311, "#", MqttClientSubscribeResultCode.UnspecifiedError)]
    [InlineData(MqttProtocolVersion.V311, "v1/devices/+/telemetry", MqttClientSubscribeResultCode.UnspecifiedError)]
    public async Task Subscribe_ForeignFilter_Refused(MqttProtocolVersion version, string filter, MqttClientSubscribeResultCode expected)
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA, version);

        var result = await client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(expected, result.Items.Single().ResultCode);
        Assert.Contains((FakeDevices.A.DeviceId, RejectionReason.TopicNotAllowed), _host.Ingest.Rejections);
    }

    [Theory]
    [InlineData("v1/devices/me/attributes")]
    [InlineData("v1/devices/me/attributes/response/+")]
    [InlineData("v1/devices/me/rpc/request/+")]
    [InlineData("v1/devices/me/rpc/response/+")]
    [InlineData("v1/devices/me/rpc/request/42")]
    public async Task Subscribe_DeviceFilter_Granted(string filter)
    {
        var client = await _host.ConnectAsync(FakeDevices.TokenA);

        var result = await client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, result.Items.Single().ResultCode);
    }

    [Fact]
    public async Task Publish_SameLiteralTopic_NeverReachesOtherDevice()
    {
        var a = await _host.ConnectAsync(FakeDevices.TokenA);
        var b = await _host.ConnectAsync(FakeDevices.TokenB);
        var receivedByB = new ConcurrentQueue<string>();
        b.ApplicationMessageReceivedAsync += e =>
        {
            receivedByB.Enqueue(e.ApplicationMessage.ConvertPayloadToString());
            return Task.CompletedTask;
        };
        await b.SubscribeAsync("v1/devices/me/attributes", MqttQualityOfServiceLevel.AtLeastOnce);

        var published = await a.PublishStringAsync("v1/devices/me/attributes", """{"secret":1}""", MqttQualityOfServiceLevel.AtLeastOnce);
        // A message sent to B afterwards on the same connection proves B's queue was drained past A's publish.
        Assert.True(await _host.Sessions.SendAsync(FakeDevices.B.DeviceId, "v1/devices/me/attributes", Encoding.UTF8.GetBytes("""{"for":"b"}"""), atLeastOnce: true));

        Assert.True(published.IsSuccess);
        await Wait.UntilAsync(() => receivedByB.Contains("""{"for":"b"}"""), "B receives its own message");
        Assert.Equal(["""{"for":"b"}"""], receivedByB);
    }
}
