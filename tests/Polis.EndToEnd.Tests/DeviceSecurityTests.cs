using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Polis.EndToEnd.Tests.Infrastructure;

namespace Polis.EndToEnd.Tests;

/// <summary>Device authentication and topic isolation over real MQTT.</summary>
[Collection(SharedPolis.Name)]
public sealed class DeviceSecurityTests(PolisFixture fixture)
{
    private readonly PolisApi _api = fixture.Api;

    [Theory]
    [InlineData(MqttProtocolVersion.V311)]
    [InlineData(MqttProtocolVersion.V500)]
    public async Task Connect_WrongToken_RefusedNotAuthorized(MqttProtocolVersion version)
    {
        var result = await Devices.TryConnectAsync(Devices.Options(fixture.Polis, "not-a-real-token-123", version));

        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, result);
    }

    [Fact]
    public async Task Publish_ForeignTopics_RefusedAndCounted()
    {
        var token = await _api.CreateDeviceAsync("acl-a", "generic");
        using var client = await Devices.ConnectAsync(fixture.Polis, token);

        foreach (var topic in new[] { "v1/devices/acl-b/telemetry", "city/anything", "v1/devices/me/other" })
        {
            var result = await client.PublishStringAsync(topic, """{"x":1}""", MqttQualityOfServiceLevel.AtLeastOnce);
            Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, result.ReasonCode);
        }

        var twin = await Eventually.ReturnsAsync(
            async () => (await _api.GetJsonAsync("/api/v1/devices/acl-a"))["twin"]!,
            t => t["rejections"]!["topic_not_allowed"]?.GetValue<long>() == 3,
            "three topic refusals are counted");
        Assert.Null(twin["latest"]!["x"]);
    }

    [Fact]
    public async Task Subscribe_WildcardsAndOtherDevices_Refused()
    {
        var token = await _api.CreateDeviceAsync("acl-sub", "generic");
        using var client = await Devices.ConnectAsync(fixture.Polis, token);

        foreach (var filter in new[] { "#", "v1/devices/+/telemetry", "v1/devices/acl-a/attributes", "v1/devices/me/#", "$SYS/#" })
        {
            var result = await client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce);
            Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, result.Items.Single().ResultCode);
        }

        var allowed = await client.SubscribeAsync("v1/devices/me/attributes", MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, allowed.Items.Single().ResultCode);
    }

    [Fact]
    public async Task Attributes_PublishedByOneDevice_NeverReachAnother()
    {
        var publisherToken = await _api.CreateDeviceAsync("iso-a", "generic");
        var listenerToken = await _api.CreateDeviceAsync("iso-b", "generic");
        using var listener = await Devices.ConnectAsync(fixture.Polis, listenerToken);
        var received = new List<string>();
        listener.ApplicationMessageReceivedAsync += e =>
        {
            lock (received)
            {
                received.Add(e.ApplicationMessage.ConvertPayloadToString());
            }

            return Task.CompletedTask;
        };
        await listener.SubscribeAsync("v1/devices/me/attributes", MqttQualityOfServiceLevel.AtLeastOnce);
        using var publisher = await Devices.ConnectAsync(fixture.Polis, publisherToken);

        var result = await publisher.PublishStringAsync("v1/devices/me/attributes", """{"secret":"of-a"}""", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.True(result.IsSuccess);
        var twinA = await _api.GetJsonAsync("/api/v1/devices/iso-a");
        Assert.Equal("of-a", twinA["twin"]!["clientAttributes"]!["secret"]!["value"]!.GetValue<string>());
        // Round-trip one more message through B's own connection: had A's message been routed to B, it would have arrived first.
        Assert.True((await listener.PublishStringAsync("v1/devices/me/telemetry", """{"probe":1}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
        lock (received)
        {
            Assert.Empty(received);
        }

        var twinB = await _api.GetJsonAsync("/api/v1/devices/iso-b");
        Assert.Null(twinB["twin"]!["clientAttributes"]!["secret"]);
    }

    [Fact]
    public async Task RotateToken_OldTokenRefusedAndSessionClosed_NewTokenWorks()
    {
        var oldToken = await _api.CreateDeviceAsync("rotating", "generic");
        using var client = await Devices.ConnectAsync(fixture.Polis, oldToken);
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.DisconnectedAsync += _ =>
        {
            disconnected.TrySetResult();
            return Task.CompletedTask;
        };

        var rotation = await _api.Http.PostAsync(new Uri("/api/v1/devices/rotating/token", UriKind.Relative), null);
        rotation.EnsureSuccessStatusCode();
        var newToken = System.Text.Json.Nodes.JsonNode.Parse(await rotation.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();

        await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, await Devices.TryConnectAsync(Devices.Options(fixture.Polis, oldToken)));
        using var renewed = await Devices.ConnectAsync(fixture.Polis, newToken);
        Assert.True((await renewed.PublishStringAsync("v1/devices/me/telemetry", """{"after":1}""", MqttQualityOfServiceLevel.AtLeastOnce)).IsSuccess);
        Assert.NotEqual(oldToken, newToken);
    }

    [Fact]
    public async Task WebSocketMqtt_DeviceToken_PublishesTelemetry()
    {
        var token = await _api.CreateDeviceAsync("ws-device", "generic");
        using var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithWebSocketServer(o => o.WithUri($"ws://127.0.0.1:{fixture.Polis.HttpPort}/mqtt"))
            .WithCredentials(token, string.Empty)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .Build();

        await client.ConnectAsync(options);
        var result = await client.PublishStringAsync("v1/devices/me/telemetry", """{"via_ws":7}""", MqttQualityOfServiceLevel.AtLeastOnce);

        Assert.True(result.IsSuccess);
        var twin = await _api.GetJsonAsync("/api/v1/devices/ws-device");
        Assert.Equal(7, twin["twin"]!["latest"]!["via_ws"]!["value"]!.GetValue<int>());
    }
}
